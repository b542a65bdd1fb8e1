package org.masthead.feed;

import org.masthead.common.XmlText;
import java.time.Instant;
import java.util.List;

/**
 * One published article in a feed. {@code id} is a tag: URI made from the article's number and the day it was
 * created, so it stays the same when the article's address changes. {@code summary} is plain text (the dek, or
 * the start of the text; empty when there is neither); {@code contentHtml} is the whole text with absolute
 * links and its picture's credit, or null (the magazine sends excerpts, or has only the title); {@code image}
 * is null when there is no picture to show.
 */
public record FeedEntry(String id, String title, String url, List<Person> authors, Instant published, Instant updated,
        List<Category> categories, String summary, String contentHtml, Picture image) {

    public FeedEntry {
        title = XmlText.clean(title);
        summary = XmlText.clean(summary);
        contentHtml = XmlText.clean(contentHtml);
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }

    /** A writer on the byline, with the absolute address of their page. */
    public record Person(String name, String url) {
        public Person {
            name = XmlText.clean(name);
        }
    }

    /** A topic the article is filed under: its slug, its name and the absolute address of its page. */
    public record Category(String term, String label, String url) {
        public Category {
            label = XmlText.clean(label);
        }
    }

    /**
     * The lead picture: absolute address, type and size in bytes where known (null and 0 when not), and its
     * attribution: "Photo by" ({@code creditWord}), the name with its link, the licence with its deed.
     */
    public record Picture(String url, String mediaType, long length, Integer width, Integer height, String alt,
            String caption, String creditWord, String creditName, String creditUrl, String licence, String licenceUrl) {

        public Picture {
            alt = XmlText.clean(alt);
            caption = XmlText.clean(caption);
            creditName = XmlText.clean(creditName);
        }

        /** "Photo by Erich Ferdinand", or empty when the picture has no credit. */
        public String credit() {
            return creditName == null || creditName.isBlank() ? "" : creditWord + " by " + creditName;
        }
    }
}
