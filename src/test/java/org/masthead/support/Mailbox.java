package org.masthead.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.TreeMap;

/** What a real SMTP server (GreenMail) received, counted as a test of exactly-once sending reads it. */
public final class Mailbox {
    private Mailbox() {}

    /** How many messages each address received (each message has one recipient). */
    public static Map<String, Long> receivedPerAddress(GreenMail mail) {
        Map<String, Long> counts = new TreeMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                counts.merge(message.getAllRecipients()[0].toString(), 1L, Long::sum);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }
}
