package org.masthead.common;

import java.util.Locale;

/**
 * What a person may do in the newsroom, each role holding the rights of those below it, as in WordPress:
 * a contributor writes drafts and submits them; an author also publishes their own; an editor edits,
 * schedules and publishes anything and builds editions; an admin also manages people and settings.
 */
public enum Role {
    CONTRIBUTOR("Contributor"), AUTHOR("Author"), EDITOR("Editor"), ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new Invalid("no role '" + code + "'; the roles are admin, editor, author and contributor");
    }
}
