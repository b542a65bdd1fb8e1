package org.masthead.common;

/** What an error page says for a status, in plain words; the reader's pages and the newsroom's share it. */
public final class ErrorWording {
    private ErrorWording() {}

    public static String heading(int status) {
        return switch (status) {
            case 404 -> "Page not found";
            case 400 -> "This request could not be understood";
            case 403 -> "Not allowed";
            case 409 -> "Someone else changed this first";
            case 413 -> "Too large to take";
            case 429 -> "Too many requests";
            case 503 -> "Not available just now";
            default -> "Something went wrong on our side";
        };
    }

    /** The refusal's own message, written for people, when there is one; else a general explanation. */
    public static String explanation(int status, String message) {
        if (message != null && !message.isEmpty()) {
            String sentence = Character.toUpperCase(message.charAt(0)) + message.substring(1);
            return sentence.endsWith(".") ? sentence : sentence + ".";
        }
        return switch (status) {
            case 404 -> "There is no page at this address. The link may be mistyped, or the page may have been removed.";
            case 400 -> "The address or the form sent to us is not in a shape we can read.";
            case 403 -> "You may not do this.";
            case 429 -> "Please wait a little and try again.";
            default -> "The problem has been recorded. Please try again in a moment.";
        };
    }
}
