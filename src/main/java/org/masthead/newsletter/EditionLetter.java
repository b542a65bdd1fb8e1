package org.masthead.newsletter;

import java.util.List;

/**
 * What an edition's email shows, the same for every subscriber but for their two links: the magazine's name, the
 * edition's heading (its label or date, and the days a range covers), its lineup in order, and the frame the
 * magazine's letter design puts around it. Every link is absolute.
 */
public record EditionLetter(String magazine, String heading, String days, String editionUrl, List<Item> items,
        LetterChrome chrome, String manageUrl, String unsubscribeUrl) {

    /**
     * One piece of the lineup: authors as one line ("Ann Lee and Bo Chan"); the dek, and the authors, empty when it has
     * none or the design hides them.
     */
    public record Item(String title, String authors, String dek, String url) {
        /** The piece in the plain-text part: title, byline and dek when shown, its address, a blank line. */
        void appendText(StringBuilder text) {
            text.append(title).append('\n');
            if (!authors.isEmpty()) {
                text.append("by ").append(authors).append('\n');
            }
            if (!dek.isEmpty()) {
                text.append(dek).append('\n');
            }
            text.append(url).append("\n\n");
        }
    }

    EditionLetter to(String manage, String unsubscribe) {
        return new EditionLetter(magazine, heading, days, editionUrl, items, chrome, manage, unsubscribe);
    }

    /** The plain-text part, for mail clients that show no HTML. */
    String text() {
        StringBuilder text = new StringBuilder();
        text.append(magazine).append('\n').append(heading).append(days == null ? "" : " (" + days + ")").append("\n\n");
        if (!chrome.introText().isEmpty()) {
            text.append(chrome.introText()).append("\n\n");
        }
        items.forEach(item -> item.appendText(text));
        text.append("The whole edition: ").append(editionUrl).append("\n\n-- \n");
        if (!chrome.footerText().isEmpty()) {
            text.append(chrome.footerText()).append("\n\n");
        }
        text.append("You receive ").append(magazine).append(" because you subscribed.\n")
                .append("Choose daily or weekly: ").append(manageUrl).append('\n')
                .append("Unsubscribe: ").append(unsubscribeUrl).append('\n');
        return text.toString();
    }
}
