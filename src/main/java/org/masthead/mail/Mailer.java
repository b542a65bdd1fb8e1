package org.masthead.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Sends email through the magazine's own SMTP server (Angus Mail), and turns every way that can fail into
 * a sentence a person can act on: the server could not be reached, refused the sign-in, refused an address (for
 * now, with a 4xx reply, or for good, with a 5xx).
 */
public final class Mailer {
    private static final int TIMEOUT_MS = 20_000;

    private final int messagesPerConnection;

    public Mailer() {
        this(MailConnection.MESSAGES_PER_CONNECTION);
    }

    /** A mailer whose connections carry at most this many messages each (1: a connection per message, as before). */
    public Mailer(int messagesPerConnection) {
        this.messagesPerConnection = Math.max(1, messagesPerConnection);
    }

    /** Sends one message over a connection of its own. */
    public void send(MailSettings settings, Message message) {
        try (MailConnection connection = connect(settings)) {
            connection.send(message);
        }
    }

    /**
     * A connection for many messages (a newsletter): it signs in (and shakes hands for TLS) once rather than for each
     * message, and opens itself again when the server drops it or has taken its share ({@link MailConnection#MESSAGES_PER_CONNECTION} unless told).
     * Nothing is opened until the first message.
     */
    public MailConnection connect(MailSettings settings) {
        if (!settings.isConfigured()) {
            throw new MailFailed("no mail server is set up: an admin sets one under Settings", false, null);
        }
        return new MailConnection(settings, Session.getInstance(properties(settings)), messagesPerConnection);
    }

    static MimeMessage mime(Session session, MailSettings settings, Message message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(address(settings.from(), "the sender address"));
        mime.setRecipient(jakarta.mail.Message.RecipientType.TO, address(message.to(), "the address"));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        for (var header : message.headers().entrySet()) {
            mime.setHeader(header.getKey(), header.getValue());
        }
        if (message.html() == null) {
            mime.setText(message.text(), StandardCharsets.UTF_8.name());
        } else {
            var text = new MimeBodyPart();
            text.setText(message.text(), StandardCharsets.UTF_8.name());
            var html = new MimeBodyPart();
            html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
            mime.setContent(new MimeMultipart("alternative", text, html));
        }
        mime.saveChanges();
        return mime;
    }

    /** The failure in plain words, and whether it is the server's, this address's for now, or this address's for good. */
    static MailFailed failure(MailSettings settings, Message message, MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return new MailFailed("the mail server " + settings.host() + " refused the user name or password", false, e);
        }
        int code = replyCode(e);
        if (hasSenderRefusal(e)) {
            // CASE: the sender address is refused; every message would be, so it is no subscriber's fault.
            return new MailFailed("the mail server refused the sender " + settings.from() + ": " + firstLine(e), false, e);
        }
        if (code >= 400 && code < 500) {
            return new MailFailed("the mail server put off the address " + message.to() + " for now (" + code + "): "
                    + firstLine(e), MailFailed.Kind.DEFERRED, e);
        }
        if (code >= 500 || e instanceof SendFailedException) {
            return new MailFailed("the mail server refused the address " + message.to() + ": " + firstLine(e), true, e);
        }
        return new MailFailed("could not send through " + settings.host() + ":" + settings.port() + ": " + firstLine(e), false, e);
    }

    /** The SMTP reply code the server refused with, from the exception or the ones chained to it; 0 for none. */
    static int replyCode(MessagingException e) {
        for (Exception each = e; each != null; each = each instanceof MessagingException m ? m.getNextException() : null) {
            if (each instanceof SMTPAddressFailedException refused) {
                return refused.getReturnCode();
            }
            if (each instanceof SMTPSendFailedException refused && refused.getReturnCode() > 0) {
                return refused.getReturnCode();
            }
        }
        return 0;
    }

    private static boolean hasSenderRefusal(MessagingException e) {
        for (Exception each = e; each != null; each = each instanceof MessagingException m ? m.getNextException() : null) {
            if (each instanceof SMTPSenderFailedException) {
                return true;
            }
        }
        return false;
    }

    private static InternetAddress address(String text, String what) {
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new MailFailed("'" + text + "' is not a valid email address for " + what, true, e);
        }
    }

    private static Properties properties(MailSettings settings) {
        var properties = new Properties();
        String protocol = protocol(settings);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        properties.put("mail." + protocol + ".auth", Boolean.toString(!settings.user().isBlank()));
        properties.put("mail." + protocol + ".connectiontimeout", Integer.toString(TIMEOUT_MS));
        properties.put("mail." + protocol + ".timeout", Integer.toString(TIMEOUT_MS));
        properties.put("mail." + protocol + ".writetimeout", Integer.toString(TIMEOUT_MS));
        if (settings.security() == MailSettings.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return properties;
    }

    static String protocol(MailSettings settings) {
        return settings.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
    }

    static String firstLine(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
