package org.masthead.importer.ghost;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.media.CreditKind;

/**
 * A feature image's caption as Ghost keeps it (a little HTML) read as the media library's caption and credit.
 * Ghost's Unsplash picker writes "Photo by <a>Name</a> / <a>Unsplash</a>": that is a credit, not a caption.
 */
record GhostCaption(String caption, CreditKind creditKind, String creditName, String creditUrl) {
    private static final Pattern CREDIT = Pattern.compile("(?i)^(photo|image|illustration)s? by (.{1,150})$");

    static GhostCaption of(String html) {
        if (html == null || html.isBlank()) {
            return new GhostCaption("", null, "", null);
        }
        Document doc = Jsoup.parseBodyFragment(html);
        String text = doc.body().text().strip();
        Matcher credit = CREDIT.matcher(text);
        if (!credit.matches()) {
            return new GhostCaption(text, null, "", null);
        }
        CreditKind kind = switch (credit.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "illustration" -> CreditKind.ILLUSTRATION;
            case "image" -> CreditKind.IMAGE;
            default -> CreditKind.PHOTO;
        };
        Element link = doc.selectFirst("a[href^=http]");
        String url = link == null ? null : link.attr("href");
        return new GhostCaption("", kind, credit.group(2).strip(), url);
    }
}
