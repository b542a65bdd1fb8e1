package org.masthead.account;

/** Someone who signs in. {@code authorId} is the byline they write under, if they have one. */
public record User(long id, String email, String name, Role role, Long authorId, boolean twoFactorEnabled,
        boolean twoFactorRequired, boolean disabled) {

    public Actor asActor(String address) {
        return new Actor(id, name, role, authorId, address);
    }

    /** An email address as accounts are kept and looked up: trimmed, lower case. */
    static String normalEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
