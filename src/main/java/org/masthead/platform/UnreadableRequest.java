package org.masthead.platform;

import java.util.Optional;

/**
 * A request Jetty could not read, which is the client's doing, not ours: a client that hung up mid-body
 * (nobody is left to answer, so it is worth one line at INFO), or a body Jetty refused (a multipart cut
 * short, a NUL in a file's name, a part over the size limit) with its own 4xx.
 */
public record UnreadableRequest(int status, String message, boolean hungUp) {

    /** What the failure says about the request, or empty when the failure is ours. */
    public static Optional<UnreadableRequest> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.eclipse.jetty.io.EofException) {
                return Optional.of(new UnreadableRequest(400, "the client hung up before its body was read", true));
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.eclipse.jetty.http.HttpException refused && refused.getCode() >= 400 && refused.getCode() < 500) {
                return Optional.of(new UnreadableRequest(refused.getCode(), refused.getCode() == 413
                        ? "what was sent is larger than Masthead takes (" + HttpServer.MAX_UPLOAD_MB + " MB for a picture)"
                        : "what was sent could not be read (" + refused.getReason() + "); please send it again", false));
            }
        }
        return Optional.empty();
    }
}
