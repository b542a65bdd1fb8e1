package org.masthead.newsletter;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import org.masthead.common.Invalid;

/** An address typed into the subscribe form, read strictly: one bare address a mail server can deliver to. */
final class EmailAddresses {
    /** The longest address SMTP carries (RFC 5321: a 256-octet path, less its angle brackets). */
    static final int MAX_LENGTH = 254;

    private EmailAddresses() {}

    /** The address in the one form it is kept in (trimmed, lower case), or {@link Invalid} saying what is wrong. */
    static String parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new Invalid("email", "Type your email address, such as name@example.org.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new Invalid("email", "That address is longer than any email address can be (" + MAX_LENGTH + " characters).");
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            address.validate();
            String bare = address.getAddress();
            int at = bare.lastIndexOf('@');
            // CASE: "Ann <ann@example.org>" or a group parses too, and "ann@localhost" is no address on the internet.
            if (address.getPersonal() != null || !bare.equals(text) || at < 1 || !bare.substring(at + 1).contains(".")
                    || bare.endsWith(".")) {
                throw new AddressException("not one bare address");
            }
            return bare.toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            throw new Invalid("email", "That is not an email address we can send to. Type it whole, such as name@example.org.");
        }
    }
}
