package org.masthead.newsletter;

import java.util.LinkedHashMap;
import java.util.Map;
import org.masthead.common.Invalid;
import org.masthead.settings.Setting;
import org.masthead.settings.SettingsService;

/**
 * The letter's design, kept among the magazine's settings (so an export carries it, and {@code masthead settings}
 * shows it), read and written by the form's own field names.
 */
public final class LetterDesigns {
    /** The form's fields and the settings they are kept as. */
    static final Map<String, Setting> FIELDS = fields();

    private final SettingsService settings;

    public LetterDesigns(SettingsService settings) {
        this.settings = settings;
    }

    /** The design as saved. */
    public LetterDesign current() {
        Map<Setting, String> values = settings.all();
        return new LetterDesign(values.get(Setting.NEWSLETTER_INTRO), values.get(Setting.NEWSLETTER_FOOTER),
                Boolean.parseBoolean(values.get(Setting.NEWSLETTER_SHOW_DEK)),
                Boolean.parseBoolean(values.get(Setting.NEWSLETTER_SHOW_BYLINE)), values.get(Setting.NEWSLETTER_ACCENT));
    }

    /**
     * The design a form gives, checked as the settings check it; a box left unticked is absent (false). Throws
     * {@code Invalid} naming the form's field at fault.
     */
    LetterDesign check(Map<String, String> typed) {
        Map<Setting, String> checked;
        try {
            checked = settings.checked(settingsOf(typed));
        } catch (Invalid refused) {
            String field = FIELDS.entrySet().stream().filter(f -> f.getValue().key().equals(refused.field()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            throw new Invalid(field, refused.getMessage());
        }
        return new LetterDesign(checked.get(Setting.NEWSLETTER_INTRO), checked.get(Setting.NEWSLETTER_FOOTER),
                Boolean.parseBoolean(checked.get(Setting.NEWSLETTER_SHOW_DEK)),
                Boolean.parseBoolean(checked.get(Setting.NEWSLETTER_SHOW_BYLINE)), checked.get(Setting.NEWSLETTER_ACCENT));
    }

    /** Stores a checked design; inside the caller's transaction when it has one. */
    void save(LetterDesign design) {
        settings.store(Map.of(Setting.NEWSLETTER_INTRO, design.intro(), Setting.NEWSLETTER_FOOTER, design.footer(),
                Setting.NEWSLETTER_SHOW_DEK, Boolean.toString(design.showDek()),
                Setting.NEWSLETTER_SHOW_BYLINE, Boolean.toString(design.showByline()),
                Setting.NEWSLETTER_ACCENT, design.accent()));
    }

    /** The design as the form shows it: a ticked box has the value "yes". */
    public static Map<String, String> formValues(LetterDesign design) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("intro", design.intro());
        values.put("footer", design.footer());
        if (design.showDek()) {
            values.put("show-dek", "yes");
        }
        if (design.showByline()) {
            values.put("show-byline", "yes");
        }
        values.put("accent", design.accent());
        return values;
    }

    private static Map<Setting, String> settingsOf(Map<String, String> typed) {
        Map<Setting, String> values = new LinkedHashMap<>();
        FIELDS.forEach((field, setting) -> {
            String value = typed.get(field);
            boolean box = setting == Setting.NEWSLETTER_SHOW_DEK || setting == Setting.NEWSLETTER_SHOW_BYLINE;
            values.put(setting, box ? Boolean.toString(value != null) : value == null ? "" : value);
        });
        return values;
    }

    private static Map<String, Setting> fields() {
        Map<String, Setting> fields = new LinkedHashMap<>();
        fields.put("intro", Setting.NEWSLETTER_INTRO);
        fields.put("footer", Setting.NEWSLETTER_FOOTER);
        fields.put("show-dek", Setting.NEWSLETTER_SHOW_DEK);
        fields.put("show-byline", Setting.NEWSLETTER_SHOW_BYLINE);
        fields.put("accent", Setting.NEWSLETTER_ACCENT);
        return java.util.Collections.unmodifiableMap(fields);
    }
}
