package org.masthead.admin;

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
