package org.masthead.mail;

/**
 * How the magazine sends email: through any SMTP server, with STARTTLS, TLS from the start, or neither (a
 * local relay), signing in when a user is given. {@code from} is the sender as shown, e.g.
 * {@code The Evening Ledger <news@ledger.example>}.
 */
public record MailSettings(String host, int port, Security security, String user, String password, String from) {
    public enum Security { NONE, STARTTLS, TLS }

    public boolean isConfigured() {
        return !host.isBlank() && !from.isBlank();
    }

    @Override
    public String toString() {
        return "MailSettings[" + host + ":" + port + " " + security + " user=" + user + " password="
                + (password.isEmpty() ? "" : "***") + " from=" + from + "]";
    }
}
