package org.masthead.mail;

/** The mail server could not be reached or refused the message; the message says so in plain words. */
public final class MailFailed extends RuntimeException {
    /** What a failure means for trying again. */
    public enum Kind {
        /** The server, not the address: unreachable, a sign-in refused, a dropped connection. Everything waits. */
        PASSING,
        /** This address, for now (an SMTP 4xx: greylisting, a busy mailbox): try it again later, others go on. */
        DEFERRED,
        /** This address, for good (an SMTP 5xx, or no address at all): trying again fails the same way. */
        PERMANENT
    }

    private final Kind kind;

    public MailFailed(String message, boolean permanent, Throwable cause) {
        this(message, permanent ? Kind.PERMANENT : Kind.PASSING, cause);
    }

    public MailFailed(String message, Kind kind, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** True when trying again would fail the same way (an address the server refuses), false for a passing fault. */
    public boolean permanent() {
        return kind == Kind.PERMANENT;
    }

    public Kind kind() {
        return kind;
    }
}
