package org.masthead.importer.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.masthead.support.Pictures;

/**
 * A small WordPress export of our own with its uploads folder beside it, as a migrating site hands both over: a
 * post whose featured picture is captioned in its text and which links a PDF; a picture the folder lacks; an
 * attached file whose recorded path tries to leave the folder.
 */
final class UploadsFixture {
    static final String SITE = "https://old.example";

    private UploadsFixture() {}

    /** Writes {@code export.xml} and {@code uploads/} into the folder; returns the export. */
    static Path write(Path dir) {
        try {
            Path uploads = Files.createDirectories(dir.resolve("uploads/2017/09"));
            Files.write(uploads.resolve("harbour.jpg"), Pictures.jpeg(640, 480));
            Files.write(uploads.resolve("report.pdf"), "%PDF-1.4\n% a report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            Files.writeString(dir.resolve("secret.txt"), "not for the magazine");
            String body = "The harbour woke early.\n\n[caption id=\"attachment_20\" align=\"alignnone\" width=\"300\"]"
                    + "<img src=\"" + SITE + "/wp-content/uploads/2017/09/harbour-300x200.jpg\" alt=\"The harbour\" width=\"300\" "
                    + "height=\"200\" /> The harbour at dawn[/caption]\n\nRead <a href=\"" + SITE
                    + "/wp-content/uploads/2017/09/report.pdf\">the report</a>, and see <a href=\"" + SITE
                    + "/wp-content/uploads/2017/09/gone.jpg\">the old picture</a>.";
            String meta = "a:3:{s:5:\"width\";i:640;s:6:\"height\";i:480;s:10:\"image_meta\";a:2:{s:6:\"credit\";s:16:\"Ann Photographer\";"
                    + "s:9:\"copyright\";s:0:\"\";}}";
            String xml = """
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                      xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel>
                    <title>The Harbour Review</title>
                    <link>%1$s</link>
                    <wp:wxr_version>1.2</wp:wxr_version>
                    <wp:base_site_url>%1$s</wp:base_site_url>
                    <wp:author><wp:author_id>1</wp:author_id><wp:author_login>ann</wp:author_login>
                      <wp:author_display_name><![CDATA[Ann Writer]]></wp:author_display_name></wp:author>
                    <item>
                      <title>Dawn at the harbour</title>
                      <link>%1$s/2017/09/18/dawn-at-the-harbour/</link>
                      <dc:creator>ann</dc:creator>
                      <content:encoded><![CDATA[%2$s]]></content:encoded>
                      <wp:post_id>10</wp:post_id>
                      <wp:post_date_gmt>2017-09-18 06:00:00</wp:post_date_gmt>
                      <wp:post_name>dawn-at-the-harbour</wp:post_name>
                      <wp:status>publish</wp:status>
                      <wp:post_type>post</wp:post_type>
                      <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>20</wp:meta_value></wp:postmeta>
                      <wp:postmeta><wp:meta_key>_wp_old_slug</wp:meta_key><wp:meta_value>harbour-at-dawn</wp:meta_value></wp:postmeta>
                    </item>
                    <item>
                      <title>Harbour</title>
                      <wp:post_id>20</wp:post_id>
                      <wp:post_type>attachment</wp:post_type>
                      <wp:status>inherit</wp:status>
                      <wp:attachment_url>%1$s/wp-content/uploads/2017/09/harbour.jpg</wp:attachment_url>
                      <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2017/09/harbour.jpg</wp:meta_value></wp:postmeta>
                      <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>Fishing boats at the quay</wp:meta_value></wp:postmeta>
                      <wp:postmeta><wp:meta_key>_wp_attachment_metadata</wp:meta_key><wp:meta_value><![CDATA[%3$s]]></wp:meta_value></wp:postmeta>
                    </item>
                    <item>
                      <title>The report</title>
                      <wp:post_id>21</wp:post_id>
                      <wp:post_type>attachment</wp:post_type>
                      <wp:attachment_url>%1$s/wp-content/uploads/2017/09/report.pdf</wp:attachment_url>
                      <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2017/09/report.pdf</wp:meta_value></wp:postmeta>
                    </item>
                    <item>
                      <title>Gone</title>
                      <wp:post_id>22</wp:post_id>
                      <wp:post_type>attachment</wp:post_type>
                      <wp:attachment_url>%1$s/wp-content/uploads/2017/09/gone.jpg</wp:attachment_url>
                    </item>
                    <item>
                      <title>Escape</title>
                      <wp:post_id>23</wp:post_id>
                      <wp:post_type>attachment</wp:post_type>
                      <wp:attachment_url>%1$s/wp-content/uploads/secret.txt</wp:attachment_url>
                      <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>../secret.txt</wp:meta_value></wp:postmeta>
                    </item>
                    </channel>
                    </rss>
                    """.formatted(SITE, body, meta);
            return Files.writeString(dir.resolve("export.xml"), xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path uploads(Path dir) {
        return dir.resolve("uploads");
    }
}
