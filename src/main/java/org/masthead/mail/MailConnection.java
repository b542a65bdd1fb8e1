package org.masthead.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;

/**
 * One SMTP connection kept open for many messages, from {@link Mailer#connect}. Not for two threads at once.
 *
 * <p>Why reuse: opening a connection costs a TCP handshake, the server's greeting, EHLO, often a TLS handshake and a
 * sign-in, several round trips before each message; a newsletter to thousands pays them once per hundred.
 */
public final class MailConnection implements AutoCloseable {
    /** Servers limit messages per connection (Postfix's default is 100 for outgoing; Gmail and others close sooner). */
    public static final int MESSAGES_PER_CONNECTION = 100;
    // A connection idle longer than this may have been closed by the server: asked (NOOP) before it is used again.
    private static final Duration IDLE = Duration.ofSeconds(5);

    private final MailSettings settings;
    private final Session session;
    private Transport transport;
    private int sentOnThis;
    private long lastUsed;
    private int opened;

    private final int cap;

    MailConnection(MailSettings settings, Session session, int cap) {
        this.cap = cap;
        this.settings = settings;
        this.session = session;
    }

    /**
     * Sends one message, or throws {@link MailFailed} saying whose fault it was. A connection the server dropped
     * between two messages is opened again and the message tried once more on it: a dropped connection had taken
     * nothing of it, as far as anyone can know (the same as a message whose connection failed on its own).
     */
    public void send(Message message) {
        MimeMessage mime;
        try {
            mime = Mailer.mime(session, settings, message);
        } catch (MessagingException e) {
            throw Mailer.failure(settings, message, e);
        }
        try {
            boolean reused = open();
            try {
                transmit(mime);
            } catch (MessagingException e) {
                MailFailed failed = Mailer.failure(settings, message, e);
                if (!reused || failed.kind() != MailFailed.Kind.PASSING) {
                    throw e;
                }
                drop();
                open();
                transmit(mime);
            }
        } catch (MessagingException e) {
            MailFailed failed = Mailer.failure(settings, message, e);
            if (failed.kind() == MailFailed.Kind.PASSING) {
                drop();
            }
            throw failed;
        }
    }

    /** How many times a connection was opened, for the benchmark and the tests. */
    public int opened() {
        return opened;
    }

    private void transmit(MimeMessage mime) throws MessagingException {
        transport.sendMessage(mime, new Address[] {mime.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]});
        sentOnThis++;
        lastUsed = System.nanoTime();
    }

    /** Makes sure a connection is open; true when it is one that carried messages before. */
    private boolean open() throws MessagingException {
        if (transport != null && (sentOnThis >= cap
                || System.nanoTime() - lastUsed > IDLE.toNanos() && !transport.isConnected())) {
            drop();
        }
        if (transport != null) {
            return true;
        }
        Transport fresh = session.getTransport(Mailer.protocol(settings));
        // No user, no sign-in: a password without a user name is ignored rather than sent.
        boolean signIn = !settings.user().isBlank();
        fresh.connect(settings.host(), settings.port(), signIn ? settings.user() : null, signIn ? settings.password() : null);
        transport = fresh;
        sentOnThis = 0;
        lastUsed = System.nanoTime();
        opened++;
        return false;
    }

    private void drop() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // Closing a connection that is gone already; nothing to keep of it.
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        drop();
    }
}
