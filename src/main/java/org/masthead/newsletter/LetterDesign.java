package org.masthead.newsletter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.markup.Markup;

/**
 * How the magazine dresses its letters, as Ghost's newsletter designer does: an introduction above the lineup and a
 * footer below it (Markdown; the footer is where the postal address anti-spam law asks for goes), whether each piece
 * shows its dek and its byline, and an accent colour. Settings, not code: what a letter runs is the operator's (the
 * theme folder's templates), so a newsroom account changes what it says and how it looks, never what executes.
 */
public record LetterDesign(String intro, String footer, boolean showDek, boolean showByline, String accent) {
    /** The letter as it was before it could be designed. */
    public static final LetterDesign PLAIN = new LetterDesign("", "", true, true, "#1a1a1a");

    /** The frame the templates print around a letter: the Markdown made safe HTML once, and text for the plain part. */
    LetterChrome chrome() {
        // The bios' and captions' policy: paragraphs, emphasis and http(s)/mailto links; no scripts, styles or handlers.
        String introHtml = Markup.markdownShort(intro);
        String footerHtml = Markup.markdownShort(footer);
        return new LetterChrome(accent, introHtml, text(introHtml), footerHtml, text(footerHtml));
    }

    /** The HTML's text, each link followed by its address, since a plain-text reader has nothing to click. */
    private static String text(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element link : doc.select("a[href]")) {
            if (!link.text().equals(link.attr("href"))) {
                link.appendText(" (" + link.attr("href") + ")");
            }
        }
        return Markup.plainText(doc.body().html());
    }
}
