package org.masthead.api;

import java.util.List;

/**
 * What our API answers, as records written by Jackson with snake_case names. Absolute addresses throughout:
 * {@code url} is the reader's page, {@code api_url} this API's answer about the same thing.
 */
final class ApiViews {
    private ApiViews() {}

    record EditionList(List<Edition> editions, Pagination pagination) {}

    /** An edition: its first and last day (the same for a single day), its label, and its lineup in order. */
    record Edition(String date, String endsOn, String label, String url, String apiUrl, String feedUrl, List<Entry> lineup) {}

    /** One piece of a lineup. {@code dek} is null when the piece has none; {@code lead_image} when it has no picture. */
    record Entry(long id, String kind, String title, String slug, String url, String apiUrl, String dek, String publishedAt,
            List<AuthorLink> authors, List<TopicLink> topics, LeadImage leadImage) {}

    /** A piece with its text and where it stands: {@code edition} is null for a page. */
    record Article(long id, String kind, String title, String slug, String url, String apiUrl, String dek, String publishedAt,
            String updatedAt, boolean featured, List<AuthorLink> authors, List<TopicLink> topics, LeadImage leadImage,
            EditionLink edition, String html) {}

    record ArticleAnswer(Article article) {}

    record AuthorLink(String name, String slug, String url, String apiUrl) {}

    record TopicLink(String name, String slug, String url) {}

    record EditionLink(String date, String label, String url, String apiUrl) {}

    /**
     * The lead picture: its address (null when only its credit is known), alt text, caption, size, and its
     * attribution, "Photo by NAME" linked to its source, under a licence linked to its deed.
     */
    record LeadImage(String url, String alt, String caption, Integer width, Integer height, Credit credit, Licence licence) {}

    record Credit(String kind, String line, String name, String url) {}

    record Licence(String name, String url) {}

    record AuthorAnswer(Author author, List<Summary> articles, Pagination pagination) {}

    record Author(String name, String slug, String url, String apiUrl, String feedUrl, String bioHtml, String website,
            String location) {}

    /** An article as an author's list gives it; {@code published_on} is the day of its address. */
    record Summary(long id, String title, String slug, String url, String apiUrl, String dek, String publishedOn,
            List<AuthorLink> authors) {}

    /** Where a list stands: its page (from 1), how many a page holds, and the addresses of the pages beside it. */
    record Pagination(int page, int limit, Integer next, Integer prev, String nextUrl, String prevUrl) {}

    record Error(String code, String message) {}

    record ErrorAnswer(Error error) {}
}
