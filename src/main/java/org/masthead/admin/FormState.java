package org.masthead.admin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.masthead.common.Invalid;

/**
 * What a form shows: the values sent (so nothing typed is lost when it comes back), an error next to each
 * field at fault, and a message for the form as a whole.
 */
public record FormState(Map<String, String> values, Map<String, String> errors, String message) {
    public FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    public static FormState empty() {
        return new FormState(Map.of(), Map.of(), null);
    }

    public static FormState of(Map<String, String> values) {
        return new FormState(values, Map.of(), null);
    }

    /** The form again after a refusal: the error goes next to its field, or above the form. */
    public static FormState refused(Map<String, String> values, Invalid refusal) {
        if (refusal.field() != null) {
            return new FormState(values, Map.of(refusal.field(), sentence(refusal.getMessage())), null);
        }
        return new FormState(values, Map.of(), sentence(refusal.getMessage()));
    }

    public static FormState message(Map<String, String> values, String message) {
        return new FormState(values, Map.of(), message);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /**
     * The value to put back in an input of the given type. A date or a date and time the input cannot hold is
     * left out: a browser would empty the field anyway, and the page would not be valid HTML; the field's
     * error says what was wrong.
     */
    public String valueFor(String field, String inputType) {
        String value = value(field);
        try {
            if (inputType.equals("date")) {
                LocalDate.parse(value);
            } else if (inputType.equals("datetime-local")) {
                LocalDateTime.parse(value);
            }
            return value;
        } catch (DateTimeParseException notOne) {
            return "";
        }
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || message != null;
    }

    FormState with(String field, String value) {
        var copy = new HashMap<>(values);
        copy.put(field, value);
        return new FormState(copy, errors, message);
    }

    static String sentence(String message) {
        String s = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return s.endsWith(".") || s.endsWith("?") ? s : s + ".";
    }
}
