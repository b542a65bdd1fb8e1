package org.masthead.importer.ghost;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.masthead.media.CreditKind;
import org.masthead.media.Licence;

/**
 * A feature image's caption as Ghost keeps it (a little HTML) read as the media library's caption and credit.
 * Ghost's Unsplash picker writes "Photo by <a>Name</a> / <a>Unsplash</a>": that is a credit, under Unsplash's licence,
 * not a caption. A caption's links are kept (see {@link org.masthead.media.CaptionLinks}).
 *
 * @param licence null when the caption does not say (the picture is then all rights reserved)
 */
record GhostCaption(String caption, CreditKind creditKind, String creditName, String creditUrl, Licence licence) {
    private static final Pattern UNSPLASH = Pattern.compile("(?i)^(.+?)\\s*(?:/|on|via)\\s*Unsplash$");
    private static final Pattern CREDIT = Pattern.compile("(?i)^(photo|image|illustration)s? by (.{1,150})$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LINK = Pattern.compile("(?i)<a\\s[^>]*href\\s*=\\s*[\"'](https?://[^\"']+)[\"']");

    static GhostCaption of(String html) {
        if (html == null || html.isBlank()) {
            return new GhostCaption("", null, "", null, null);
        }
        // A caption is a line of text with a link or two: its words without the tags, as a reader sees them.
        String text = Parser.unescapeEntities(TAG.matcher(html).replaceAll(""), false).replaceAll("\\s+", " ").strip();
        Matcher credit = CREDIT.matcher(text);
        if (!credit.matches()) {
            return new GhostCaption(org.masthead.media.CaptionLinks.fromHtml(html), null, "", null, null);
        }
        CreditKind kind = switch (credit.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "illustration" -> CreditKind.ILLUSTRATION;
            case "image" -> CreditKind.IMAGE;
            default -> CreditKind.PHOTO;
        };
        Matcher link = LINK.matcher(html);
        String url = link.find() ? Parser.unescapeEntities(link.group(1), true) : null;
        Matcher unsplash = UNSPLASH.matcher(credit.group(2).strip());
        if (unsplash.matches()) {
            return new GhostCaption("", kind, unsplash.group(1).strip(), url, Licence.UNSPLASH);
        }
        return new GhostCaption("", kind, credit.group(2).strip(), url, null);
    }
}
