package org.masthead.admin;

import java.util.List;

/** The typed views of the settings and password reset screens. */
public final class SettingsViews {
    private SettingsViews() {}

    /**
     * A setting's field: its key (the form name), what it means, whether it is secret and already set, and whether
     * it takes several lines (a text area).
     */
    public record Field(String key, String meaning, boolean secret, boolean isSet, boolean multiline) {}

    public record Settings(List<Field> fields, FormState form, String notice, boolean mailReady) {}

    /** Asking for a reset link; {@code available} is false while the magazine cannot send email. */
    public record ResetRequest(FormState form, boolean available, String notice) {}

    /** Choosing a new password with a link; {@code valid} is false for a spent or expired link. */
    public record ResetForm(String token, FormState form, boolean valid) {}
}
