package org.masthead.platform;

/** The server or a command cannot start for a reason of the machine, said in one line for the operator. */
public final class StartupFailure extends RuntimeException {
    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
