package org.masthead.account;

import org.masthead.common.Actor;
import org.masthead.common.Role;

/**
 * Someone who signs in. {@code authorId} is the byline they write under, if they have one; {@code workflowMail}, whether
 * they are told by email of the steps of the pieces they review or write.
 */
public record User(long id, String email, String name, Role role, Long authorId, boolean twoFactorEnabled,
        boolean twoFactorRequired, boolean disabled, boolean workflowMail) {
    /**
     * What an account's password hash is when it has no password: restored from an export, which never carries
     * hashes. No password matches it; {@code user password} or a reset link sets one.
     */
    public static final String NO_PASSWORD = "!none";

    public Actor asActor(String address) {
        return new Actor(id, name, role, authorId, address);
    }

    /** An email address as accounts are kept and looked up: trimmed, lower case. */
    static String normalEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
