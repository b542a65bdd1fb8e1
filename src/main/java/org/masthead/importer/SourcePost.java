package org.masthead.importer;

import java.time.Instant;
import java.util.List;
import org.masthead.article.ArticleKind;
import org.masthead.article.BodyFormat;
import org.masthead.article.Seo;

/**
 * A post or page as an export gives it, in the magazine's terms, before it is written. Its key is unique within
 * its source (a WordPress post id, a Ghost post id) and is how a rerun finds what the last run made of it.
 *
 * @param bodyFormat   HTML or MARKDOWN; NONE when the export has no text for it
 * @param bodySource   the text in that format, shortcodes and block comments already dealt with (it is sanitized
 *                     when written, as every stored HTML is)
 * @param authorKeys   keys of {@link SourceAuthor}s given before it, in byline order
 * @param topicKeys    keys of {@link SourceTopic}s given before it
 * @param leadImageKey key of a {@link SourceImage} given before it, or null
 * @param publishedAt  when it went out (for PUBLISHED and HIDDEN), or null
 * @param scheduledAt  when it is to go out (for SCHEDULED), or null
 * @param createdAt    when it was written, if the export says
 * @param oldAddresses the addresses it had (full URLs or paths, {@code /?p=42}); each will redirect to it
 * @param notes        what the newsroom should know of it (kept as editor's notes on the article)
 * @param sourceText   its text as the export held it, in the body's format (markup, shortcodes and all), whose
 *                     every word the stored article must hold; see {@link WordCheck}
 * @param titleHtml    the title as the export held it when it is HTML with inline markup ({@code Title
 *                     <em>With</em> Markup}, whose {@code title} is "Title With Markup"), or null; it is sanitized
 *                     when written
 */
public record SourcePost(String key, ArticleKind kind, String title, String slug, String dek, BodyFormat bodyFormat,
        String bodySource, List<String> authorKeys, List<String> topicKeys, String leadImageKey, State state,
        Instant publishedAt, Instant scheduledAt, Instant createdAt, boolean featured, Seo seo,
        List<String> oldAddresses, List<String> notes, String sourceText, String titleHtml) {

    /** Where a post stood in the system it came from. */
    public enum State {
        DRAFT,
        /** Waiting for review (WordPress "pending"). */
        SUBMITTED,
        SCHEDULED,
        PUBLISHED,
        /** Published for a few only (private, password-protected, members-only): never shown to readers here. */
        HIDDEN
    }

    public SourcePost {
        authorKeys = List.copyOf(authorKeys);
        topicKeys = List.copyOf(topicKeys);
        oldAddresses = List.copyOf(oldAddresses);
        notes = List.copyOf(notes);
        dek = dek == null ? "" : dek;
        bodySource = bodySource == null ? "" : bodySource;
        seo = seo == null ? Seo.NONE : seo;
        sourceText = sourceText == null ? "" : sourceText;
    }

    /** A post whose title is plain text. */
    public SourcePost(String key, ArticleKind kind, String title, String slug, String dek, BodyFormat bodyFormat,
            String bodySource, List<String> authorKeys, List<String> topicKeys, String leadImageKey, State state,
            Instant publishedAt, Instant scheduledAt, Instant createdAt, boolean featured, Seo seo,
            List<String> oldAddresses, List<String> notes, String sourceText) {
        this(key, kind, title, slug, dek, bodyFormat, bodySource, authorKeys, topicKeys, leadImageKey, state, publishedAt,
                scheduledAt, createdAt, featured, seo, oldAddresses, notes, sourceText, null);
    }

    /** A post whose text is given as it is to be kept: the words checked are those of the body itself. */
    public SourcePost(String key, ArticleKind kind, String title, String slug, String dek, BodyFormat bodyFormat,
            String bodySource, List<String> authorKeys, List<String> topicKeys, String leadImageKey, State state,
            Instant publishedAt, Instant scheduledAt, Instant createdAt, boolean featured, Seo seo,
            List<String> oldAddresses, List<String> notes) {
        this(key, kind, title, slug, dek, bodyFormat, bodySource, authorKeys, topicKeys, leadImageKey, state, publishedAt,
                scheduledAt, createdAt, featured, seo, oldAddresses, notes, bodySource);
    }

    /** How the report names it: its key and title. */
    public String label() {
        return (kind == ArticleKind.PAGE ? "page " : "post ") + key + " “" + title + "”";
    }
}
