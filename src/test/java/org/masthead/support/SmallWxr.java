package org.masthead.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A WordPress export written by a test: one writer and the posts given, each its id, title and content as exported. */
public final class SmallWxr {
    private final StringBuilder items = new StringBuilder();
    private final StringBuilder terms = new StringBuilder();

    public static SmallWxr export() {
        return new SmallWxr();
    }

    /** A category of the site, listed in the export's header. */
    public SmallWxr category(String slug, String name) {
        terms.append("<wp:category><wp:category_nicename>%s</wp:category_nicename><wp:cat_name><![CDATA[%s]]></wp:cat_name></wp:category>\n"
                .formatted(slug, name));
        return this;
    }

    /** A published post; the title is written in CDATA as WordPress writes it, the content as it is. */
    public SmallWxr post(int id, String title, String content) {
        return post(id, title, content, "");
    }

    /** A published post, as {@link #post(int, String, String)}, filed under a category listed with {@link #category}. */
    public SmallWxr postIn(String categorySlug, int id, String title, String content) {
        return post(id, title, content, "<category domain=\"category\" nicename=\"%s\"><![CDATA[%s]]></category>"
                .formatted(categorySlug, categorySlug));
    }

    private SmallWxr post(int id, String title, String content, String filed) {
        items.append("""
                <item>
                  <title><![CDATA[%2$s]]></title>
                  <dc:creator>ann</dc:creator>
                  %4$s<content:encoded><![CDATA[%3$s]]></content:encoded>
                  <wp:post_id>%1$d</wp:post_id>
                  <wp:post_date_gmt>2024-03-01 09:00:00</wp:post_date_gmt>
                  <wp:post_name>post-%1$d</wp:post_name>
                  <wp:status>publish</wp:status>
                  <wp:post_type>post</wp:post_type>
                </item>
                """.formatted(id, title, content, filed));
        return this;
    }

    /** A custom field of the post added last, as a plugin (Yoast SEO, Rank Math) keeps it in wp:postmeta. */
    public SmallWxr meta(String key, String value) {
        items.insert(items.lastIndexOf("</item>"), "  <wp:postmeta><wp:meta_key><![CDATA[%s]]></wp:meta_key><wp:meta_value><![CDATA[%s]]></wp:meta_value></wp:postmeta>\n"
                .formatted(key, value));
        return this;
    }

    /** Writes the export into {@code dir} and imports it into the magazine, as the import command does. */
    public org.masthead.importer.ImportOutcome importInto(org.masthead.boot.Masthead magazine, Path dir) {
        return magazine.imports().importPrepared(org.masthead.importer.ImportService.prepare(writeTo(dir),
                org.masthead.importer.ImportService.Options.NONE), org.masthead.importer.ImportProgress.NONE);
    }

    public Path writeTo(Path dir) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>The Harbour Review</title>
                <description>News from the quay &amp; the boats</description>
                <link>https://old.example</link>
                <wp:wxr_version>1.2</wp:wxr_version>
                <wp:base_site_url>https://old.example</wp:base_site_url>
                <wp:author><wp:author_id>1</wp:author_id><wp:author_login>ann</wp:author_login>
                  <wp:author_display_name><![CDATA[Ann Writer]]></wp:author_display_name></wp:author>
                %s%s</channel>
                </rss>
                """.formatted(terms, items);
        try {
            return Files.writeString(dir.resolve("export.xml"), xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
