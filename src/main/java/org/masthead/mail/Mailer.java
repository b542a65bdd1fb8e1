package org.masthead.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends email through the magazine's own SMTP server (Angus Mail), and turns every way that can fail into
 * a sentence a person can act on: the server could not be reached, refused the sign-in, refused an address.
 */
public final class Mailer {
    private static final int TIMEOUT_MS = 20_000;

    public void send(MailSettings settings, Message message) {
        if (!settings.isConfigured()) {
            throw new MailFailed("no mail server is set up: an admin sets one under Settings", false, null);
        }
        Session session = Session.getInstance(properties(settings));
        try {
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
            try (Transport transport = session.getTransport(settings.security() == MailSettings.Security.TLS ? "smtps" : "smtp")) {
                // No user, no sign-in: a password without a user name is ignored rather than sent.
                boolean signIn = !settings.user().isBlank();
                transport.connect(settings.host(), settings.port(), signIn ? settings.user() : null,
                        signIn ? settings.password() : null);
                transport.sendMessage(mime, new Address[] {mime.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]});
            }
        } catch (AuthenticationFailedException e) {
            throw new MailFailed("the mail server " + settings.host() + " refused the user name or password", false, e);
        } catch (SendFailedException e) {
            throw new MailFailed("the mail server refused the address " + message.to() + ": " + firstLine(e), true, e);
        } catch (MessagingException e) {
            throw new MailFailed("could not send through " + settings.host() + ":" + settings.port() + ": " + firstLine(e), false, e);
        }
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
        String protocol = settings.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
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

    private static String firstLine(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
