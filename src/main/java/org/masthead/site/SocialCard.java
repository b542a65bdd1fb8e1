package org.masthead.site;

import java.util.List;

/**
 * How a page looks when shared: the OpenGraph properties, and the Twitter/X card's title and description (the
 * OpenGraph ones unless an article sets its own), which otherwise falls back to OpenGraph's. type is
 * {@code article}, {@code profile} or {@code website}; url and image.url are absolute; the article's times
 * are ISO 8601 with their offset, and authors are the addresses of the writers' pages. Null or empty where
 * a page has none.
 */
public record SocialCard(String type, String siteName, String title, String description, String url, String locale,
        Image image, String publishedTime, String modifiedTime, List<String> authors, List<String> tags, String xTitle,
        String xDescription) {

    public SocialCard {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        xTitle = xTitle == null ? title : xTitle;
        xDescription = xDescription == null ? description : xDescription;
    }

    /** A card whose X texts are its Open Graph ones. */
    public SocialCard(String type, String siteName, String title, String description, String url, String locale,
            Image image, String publishedTime, String modifiedTime, List<String> authors, List<String> tags) {
        this(type, siteName, title, description, url, locale, image, publishedTime, modifiedTime, authors, tags, null, null);
    }

    /** A picture for the card, with its size when known and its alt text. */
    public record Image(String url, Integer width, Integer height, String alt) {}

    /** The large card shows the picture across the post; without one the small card is used. */
    public String twitterCard() {
        return image != null ? "summary_large_image" : "summary";
    }
}
