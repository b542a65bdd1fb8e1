package org.masthead.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * A WordPress export of a magazine, made up deterministically in WordPress's own shape: authors, nested
 * categories and tags, attachments with serialized metadata (some featured), posts of realistic length in the
 * classic editor's paragraphs (a caption, a gallery now and then) and the block editor's, comments, revisions,
 * menu items, drafts and scheduled pieces. The same count and seed make the same file.
 */
final class WxrGenerator {
    private static final DateTimeFormatter MYSQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String SITE = "https://bench-magazine.example";

    private final Corpus corpus;
    private final Random random;

    WxrGenerator(long seed) {
        this.corpus = new Corpus(seed);
        this.random = new Random(seed);
    }

    /** Writes an export of {@code posts} posts (and a page per hundred) to the file; returns the attachments made. */
    int write(Path file, int posts) throws IOException {
        int authors = 60;
        int attachments = posts / 5;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                      xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel>
                    <title>The Bench Review</title>
                    <link>%1$s</link>
                    <description>A magazine made up for a benchmark</description>
                    <language>en-GB</language>
                    <wp:wxr_version>1.2</wp:wxr_version>
                    <wp:base_site_url>%1$s</wp:base_site_url>
                    <wp:base_blog_url>%1$s</wp:base_blog_url>
                    """.formatted(SITE));
            for (int a = 1; a <= authors; a++) {
                String name = corpus.author(a);
                String[] parts = name.split(" ", 2);
                out.write("<wp:author><wp:author_id>" + a + "</wp:author_id><wp:author_login><![CDATA[writer" + a
                        + "]]></wp:author_login><wp:author_email><![CDATA[writer" + a + "@bench-magazine.example]]></wp:author_email>"
                        + "<wp:author_display_name><![CDATA[" + name + "]]></wp:author_display_name><wp:author_first_name><![CDATA["
                        + parts[0] + "]]></wp:author_first_name><wp:author_last_name><![CDATA[" + (parts.length > 1 ? parts[1] : "")
                        + "]]></wp:author_last_name></wp:author>\n");
            }
            for (int c = 1; c <= 40; c++) {
                String parent = c > 10 ? "section-" + (1 + c % 10) : "";
                out.write("<wp:category><wp:term_id>" + c + "</wp:term_id><wp:category_nicename>section-" + c
                        + "</wp:category_nicename><wp:category_parent>" + parent + "</wp:category_parent><wp:cat_name><![CDATA["
                        + Corpus.capitalised(corpus.contentWord()) + " " + c + "]]></wp:cat_name></wp:category>\n");
            }
            for (int t = 1; t <= 300; t++) {
                out.write("<wp:tag><wp:term_id>" + (100 + t) + "</wp:term_id><wp:tag_slug>tag-" + t + "</wp:tag_slug><wp:tag_name><![CDATA["
                        + corpus.place() + " " + t + "]]></wp:tag_name></wp:tag>\n");
            }
            LocalDateTime start = LocalDateTime.of(2012, 1, 1, 8, 0);
            int id = 1000;
            for (int p = 1; p <= posts; p++) {
                LocalDateTime at = start.plusMinutes(p * 590L);
                int postId = id++;
                boolean featured = p % 3 == 0 && p / 3 <= attachments;
                int attachmentId = 500_000 + p / 3;
                post(out, postId, p, at, featured ? attachmentId : 0, authors, p % 100 == 0 ? "page" : "post");
                if (featured) {
                    attachment(out, attachmentId, postId, at);
                }
                if (p % 10 == 0) {
                    out.write("<item><title>Revision</title><wp:post_id>" + (900_000 + p) + "</wp:post_id><wp:post_type>revision"
                            + "</wp:post_type><wp:status>inherit</wp:status><wp:post_parent>" + postId + "</wp:post_parent></item>\n");
                }
            }
            for (int m = 1; m <= 12; m++) {
                out.write("<item><title>Menu " + m + "</title><wp:post_id>" + (800_000 + m) + "</wp:post_id>"
                        + "<wp:post_type>nav_menu_item</wp:post_type><wp:status>publish</wp:status></item>\n");
            }
            out.write("</channel>\n</rss>\n");
        }
        return Math.min(attachments, posts / 3);
    }

    private void post(BufferedWriter out, int id, int n, LocalDateTime at, int thumbnail, int authors, String type) throws IOException {
        String title = Corpus.capitalised(String.join(" ", List.of(corpus.contentWord(), corpus.word(), corpus.word(),
                corpus.contentWord(), corpus.place())));
        String slug = "piece-" + n;
        String status = n % 50 == 0 ? "draft" : n % 97 == 0 ? "private" : "publish";
        LocalDateTime when = n % 211 == 0 ? at.plusYears(40) : at;
        if (n % 211 == 0) {
            status = "future";
        }
        StringBuilder content = new StringBuilder();
        List<String> paragraphs = corpus.paragraphs(700 + random.nextInt(600));
        boolean blocks = n % 4 == 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (blocks) {
                content.append("<!-- wp:paragraph -->\n<p>").append(paragraphs.get(i)).append("</p>\n<!-- /wp:paragraph -->\n\n");
            } else {
                content.append(paragraphs.get(i)).append(i % 3 == 1 ? "\nA line of its own.\n\n" : "\n\n");
            }
            if (i == 1 && thumbnail > 0 && !blocks) {
                content.append("[caption id=\"attachment_").append(thumbnail).append("\" align=\"alignnone\" width=\"800\"]<img src=\"")
                        .append(SITE).append("/wp-content/uploads/").append(upload(thumbnail)).append("\" alt=\"\" width=\"800\" height=\"533\" /> ")
                        .append(corpus.sentence()).append("[/caption]\n\n");
            }
            if (i == 2 && n % 17 == 0) {
                content.append("[gallery ids=\"1,2,3\"]\n\n");
            }
        }
        String gmt = when.format(MYSQL);
        String local = when.plusHours(1).format(MYSQL);
        out.write("<item>\n<title><![CDATA[" + title + "]]></title>\n<link>" + SITE + "/" + at.toLocalDate().toString().replace('-', '/')
                + "/" + slug + "/</link>\n<pubDate>Mon, 01 Jan 2018 08:00:00 +0000</pubDate>\n<dc:creator><![CDATA[writer"
                + (1 + n % authors) + "]]></dc:creator>\n<guid isPermaLink=\"false\">" + SITE + "/?p=" + id + "</guid>\n<description></description>\n"
                + "<content:encoded><![CDATA[" + content + "]]></content:encoded>\n<excerpt:encoded><![CDATA[" + corpus.sentence()
                + "]]></excerpt:encoded>\n<wp:post_id>" + id + "</wp:post_id>\n<wp:post_date><![CDATA[" + local + "]]></wp:post_date>\n"
                + "<wp:post_date_gmt><![CDATA[" + gmt + "]]></wp:post_date_gmt>\n<wp:comment_status>open</wp:comment_status>\n"
                + "<wp:post_name><![CDATA[" + slug + "]]></wp:post_name>\n<wp:status><![CDATA[" + status + "]]></wp:status>\n"
                + "<wp:post_parent>0</wp:post_parent>\n<wp:post_type><![CDATA[" + type + "]]></wp:post_type>\n<wp:post_password></wp:post_password>\n"
                + "<wp:is_sticky>" + (n % 400 == 0 ? 1 : 0) + "</wp:is_sticky>\n");
        out.write("<category domain=\"category\" nicename=\"section-" + (1 + n % 40) + "\"><![CDATA[Section]]></category>\n");
        for (int t = 0; t < 3; t++) {
            int tag = 1 + (n * 7 + t * 31) % 300;
            out.write("<category domain=\"post_tag\" nicename=\"tag-" + tag + "\"><![CDATA[Tag " + tag + "]]></category>\n");
        }
        if (thumbnail > 0) {
            out.write("<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[" + thumbnail
                    + "]]></wp:meta_value></wp:postmeta>\n");
        }
        if (n % 5 == 0) {
            out.write("<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_title]]></wp:meta_key><wp:meta_value><![CDATA[%%title%% %%sep%% %%sitename%%"
                    + "]]></wp:meta_value></wp:postmeta>\n<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_metadesc]]></wp:meta_key><wp:meta_value><![CDATA["
                    + corpus.sentence() + "]]></wp:meta_value></wp:postmeta>\n");
        }
        for (int c = 0; c < n % 6; c++) {
            out.write("<wp:comment><wp:comment_id>" + (id * 10 + c) + "</wp:comment_id><wp:comment_author><![CDATA[" + corpus.person()
                    + "]]></wp:comment_author><wp:comment_content><![CDATA[" + corpus.sentence() + "]]></wp:comment_content>"
                    + "<wp:comment_approved>1</wp:comment_approved></wp:comment>\n");
        }
        out.write("</item>\n");
    }

    private void attachment(BufferedWriter out, int id, int parent, LocalDateTime at) throws IOException {
        String file = upload(id);
        String meta = "a:4:{s:5:\"width\";i:1600;s:6:\"height\";i:1067;s:4:\"file\";s:" + file.length() + ":\"" + file
                + "\";s:10:\"image_meta\";a:2:{s:6:\"credit\";s:12:\"Bench Photos\";s:9:\"copyright\";s:0:\"\";}}";
        out.write("<item>\n<title><![CDATA[Picture " + id + "]]></title>\n<link>" + SITE + "/?attachment_id=" + id + "</link>\n"
                + "<wp:post_id>" + id + "</wp:post_id>\n<wp:post_date_gmt>" + at.format(MYSQL) + "</wp:post_date_gmt>\n"
                + "<wp:post_type>attachment</wp:post_type>\n<wp:status>inherit</wp:status>\n<wp:post_parent>" + parent + "</wp:post_parent>\n"
                + "<excerpt:encoded><![CDATA[" + corpus.sentence() + "]]></excerpt:encoded>\n"
                + "<wp:attachment_url>" + SITE + "/wp-content/uploads/" + file + "</wp:attachment_url>\n"
                + "<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value><![CDATA[" + file + "]]></wp:meta_value></wp:postmeta>\n"
                + "<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[" + corpus.sentence()
                + "]]></wp:meta_value></wp:postmeta>\n<wp:postmeta><wp:meta_key>_wp_attachment_metadata</wp:meta_key><wp:meta_value><![CDATA["
                + meta + "]]></wp:meta_value></wp:postmeta>\n</item>\n");
    }

    private static String upload(int id) {
        return "20" + (12 + id % 10) + "/0" + (1 + id % 9) + "/picture-" + id + ".jpg";
    }
}
