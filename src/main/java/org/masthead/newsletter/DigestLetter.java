package org.masthead.newsletter;

import java.util.List;

/**
 * What the weekly digest shows: the magazine's name, the week it covers, and each edition that went out in it with
 * its heading and lineup, oldest first, in the frame of the magazine's letter design; every link absolute, the two
 * links the subscriber's own.
 */
public record DigestLetter(String magazine, String heading, List<EditionLetter> editions, LetterChrome chrome,
        String manageUrl, String unsubscribeUrl) {

    DigestLetter to(String manage, String unsubscribe) {
        return new DigestLetter(magazine, heading, editions, chrome, manage, unsubscribe);
    }

    /** The plain-text part, for mail clients that show no HTML. */
    String text() {
        StringBuilder text = new StringBuilder();
        text.append(magazine).append('\n').append(heading).append("\n\n");
        if (!chrome.introText().isEmpty()) {
            text.append(chrome.introText()).append("\n\n");
        }
        for (EditionLetter edition : editions) {
            text.append("== ").append(edition.heading()).append(edition.days() == null ? "" : " (" + edition.days() + ")")
                    .append(" ==\n").append(edition.editionUrl()).append("\n\n");
            edition.items().forEach(item -> item.appendText(text));
        }
        text.append("-- \n");
        if (!chrome.footerText().isEmpty()) {
            text.append(chrome.footerText()).append("\n\n");
        }
        text.append("You receive ").append(magazine).append(" once a week because you subscribed.\n")
                .append("Choose daily or weekly: ").append(manageUrl).append('\n')
                .append("Unsubscribe: ").append(unsubscribeUrl).append('\n');
        return text.toString();
    }
}
