package org.masthead.mail;

/** The mail server could not be reached or refused the message; the message says so in plain words. */
public final class MailFailed extends RuntimeException {
    private final boolean permanent;

    public MailFailed(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** True when trying again would fail the same way (an address the server refuses), false for a passing fault. */
    public boolean permanent() {
        return permanent;
    }
}
