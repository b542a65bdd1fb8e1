package org.masthead.mail;

import java.util.Map;

/** One email: to one address, a subject, a plain-text body and optionally an HTML one, and extra headers. */
public record Message(String to, String subject, String text, String html, Map<String, String> headers) {
    public Message {
        headers = Map.copyOf(headers);
    }

    public static Message plain(String to, String subject, String text) {
        return new Message(to, subject, text, null, Map.of());
    }
}
