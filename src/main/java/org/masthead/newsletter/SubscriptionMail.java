package org.masthead.newsletter;

import java.net.URI;
import java.util.Map;
import org.masthead.mail.Message;

/** The mails the subscribing sends: the confirmation, and the note to someone who is already subscribed. */
final class SubscriptionMail {
    private SubscriptionMail() {}

    static Message confirmation(String email, String title, URI confirm) {
        String text = "Hello,\n\nSomeone (we hope you) asked for " + title + " by email at this address. To start receiving it, "
                + "open this link and press the button there:\n\n" + confirm + "\n\nIf you did not ask, ignore this email: "
                + "without your confirmation we send nothing more to this address.\n";
        return Message.plain(email, "Confirm your subscription to " + title, text);
    }

    static Message alreadySubscribed(String email, String title, URI manage) {
        String text = "Hello,\n\nSomeone (we hope you) asked for " + title + " by email at this address, which already "
                + "receives it. Nothing has changed. To choose daily or weekly, or to stop receiving it, open this link:\n\n"
                + manage + "\n";
        return new Message(email, "You already receive " + title, text, null, Map.of());
    }
}
