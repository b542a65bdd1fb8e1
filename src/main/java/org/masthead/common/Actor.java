package org.masthead.common;

/**
 * Who is doing something, for the rules and the audit log: a signed-in person, or the system itself (the
 * command line run by the server's operator, the scheduler, an import), which acts with an admin's rights.
 */
public record Actor(Long userId, String name, Role role, Long authorId, String address) {
    public static Actor system(String what) {
        return new Actor(null, what, Role.ADMIN, null, "");
    }

    public boolean isSystem() {
        return userId == null;
    }

    public boolean atLeast(Role wanted) {
        return role.atLeast(wanted);
    }
}
