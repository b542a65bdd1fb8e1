package org.masthead.account;

/** Someone who signs in. {@code authorId} is the byline they write under, if they have one. */
public record User(long id, String email, String name, Role role, Long authorId, boolean twoFactorEnabled,
        boolean twoFactorRequired, boolean disabled) {

    public Actor asActor(String address) {
        return new Actor(id, name, role, authorId, address);
    }
}
