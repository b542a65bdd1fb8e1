package org.masthead.api.ghost;

/**
 * A refusal in Ghost's terms: its status, its error type ("UnauthorizedError", "ValidationError"...), a
 * message, and what Ghost calls the context (more on the cause) and the code. Ghost's clients read these to
 * throw errors of the same names.
 */
final class GhostError extends RuntimeException {
    private final int status;
    private final String type;
    private final String context;
    private final String code;
    private final String property;

    GhostError(int status, String type, String message, String context, String code, String property) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.context = context;
        this.code = code;
        this.property = property;
    }

    GhostError(int status, String type, String message, String context, String code) {
        this(status, type, message, context, code, null);
    }

    static GhostError unauthorized(String message, String code) {
        return new GhostError(401, "UnauthorizedError", message, null, code);
    }

    static GhostError validation(String message, String property) {
        return new GhostError(422, "ValidationError", message, null, null, property);
    }

    static GhostError notFound(String message) {
        return new GhostError(404, "NotFoundError", message, null, null);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String context() {
        return context;
    }

    String code() {
        return code;
    }

    String property() {
        return property;
    }
}
