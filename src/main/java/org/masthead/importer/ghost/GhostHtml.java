package org.masthead.importer.ghost;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.markup.LinkCard;

/**
 * The cards in the HTML Ghost exported, made what the renderers here make of the same cards: Ghost drew them with
 * its theme's classes and scripts ({@code kg-bookmark-card}, {@code kg-toggle-card}), which the sanitizer would strip
 * to a run of text. A bookmark's icon and thumbnail, which came from the bookmarked site, are left behind.
 */
final class GhostHtml {
    private GhostHtml() {}

    static String cards(String html) {
        if (!html.contains("kg-")) {
            return html;
        }
        Document body = Jsoup.parseBodyFragment(html);
        for (Element card : body.select(".kg-bookmark-card")) {
            Element link = card.selectFirst("a[href]");
            if (link != null) {
                Element caption = card.selectFirst("figcaption");
                card.empty().clearAttributes().addClass("link-card-figure").append(LinkCard.html(link.attr("href"),
                        text(link, ".kg-bookmark-title"), text(link, ".kg-bookmark-description"),
                        // CASE: Ghost writes the publisher into kg-bookmark-author, and the author into kg-bookmark-publisher.
                        text(link, ".kg-bookmark-author").isBlank() ? text(link, ".kg-bookmark-publisher")
                                : text(link, ".kg-bookmark-author")));
                if (caption != null) {
                    card.appendChild(caption);
                }
            }
        }
        for (Element card : body.select(".kg-callout-card")) {
            Element text = card.selectFirst(".kg-callout-text");
            card.before(GhostCards.callout(text(card, ".kg-callout-emoji"), text == null ? "" : text.html())).remove();
        }
        for (Element card : body.select(".kg-toggle-card")) {
            Element heading = card.selectFirst(".kg-toggle-heading-text");
            Element content = card.selectFirst(".kg-toggle-content");
            card.before(GhostCards.toggle(heading == null ? "" : heading.html(), content == null ? "" : content.html())).remove();
        }
        for (Element card : body.select(".kg-button-card")) {
            Element link = card.selectFirst("a[href]");
            String align = card.hasClass("kg-align-center") ? "center" : "";
            card.before(link == null ? "" : GhostCards.button(link.attr("href"), link.text(), align)).remove();
        }
        for (Element wide : body.select("figure.kg-width-wide")) {
            wide.addClass("alignwide");
        }
        for (Element full : body.select("figure.kg-width-full")) {
            full.addClass("alignfull");
        }
        body.outputSettings().prettyPrint(false);
        return body.body().html();
    }

    /** The text of a part of a card, before the card is emptied. */
    private static String text(Element within, String selector) {
        Element part = within.selectFirst(selector);
        return part == null ? "" : part.text();
    }
}
