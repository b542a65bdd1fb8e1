package org.masthead.importer.wordpress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportSink;
import org.masthead.importer.SourceAttachment;
import org.masthead.importer.SourceImage;
import org.masthead.importer.StoredMedia;

/**
 * The export's attachments, made pictures (those with a picture's file name, or that a post features) or other
 * files, with what WordPress and the Media Credit plugin knew of them; each file copied from the uploads folder
 * when one was given and it is there. Remembers only where each upload now is, for the links in posts.
 */
final class WxrMedia {
    private static final Set<String> PICTURES = Set.of("jpg", "jpeg", "jpe", "png", "gif", "webp", "avif", "bmp", "tif",
            "tiff", "heic", "svg");
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"), Map.entry("ogg", "audio/ogg"),
            Map.entry("oga", "audio/ogg"), Map.entry("wav", "audio/wav"), Map.entry("mp4", "video/mp4"),
            Map.entry("m4v", "video/mp4"), Map.entry("mov", "video/quicktime"), Map.entry("webm", "video/webm"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("zip", "application/zip"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("epub", "application/epub+zip"), Map.entry("rtf", "application/rtf"));

    private final Path uploads;
    private final Set<String> featured;
    private final ImportSink sink;
    /** Where each copied upload is now, by its path under the old uploads folder. */
    private final Map<String, String> moved = new HashMap<>();
    private int missingFiles;

    WxrMedia(Path uploads, Set<String> featured, ImportSink sink) {
        this.uploads = uploads == null ? null : uploads.toAbsolutePath().normalize();
        this.featured = featured;
        this.sink = sink;
    }

    /** Sends one attachment item to the sink as a picture or a file. */
    void add(WxrItem item) {
        String key = Texts.orEmpty(item.postId());
        if (key.isEmpty()) {
            sink.failed(ImportOutcome.Item.ATTACHMENT, item.label(), "it has no id (wp:post_id), which posts name it by");
            return;
        }
        String url = web(!Texts.blank(item.attachmentUrl()) ? item.attachmentUrl() : item.guid());
        String attached = Texts.orEmpty(item.meta("_wp_attached_file"));
        String upload = !attached.isEmpty() ? WordPressBody.uploadPath(attached) : url != null && url.contains("/wp-content/uploads/")
                ? WordPressBody.uploadPath(url) : null;
        Path file = localFile(upload);
        String extension = extension(upload != null ? upload : url);
        Optional<Object> metadata = PhpSerialized.read(item.meta("_wp_attachment_metadata"));
        boolean picture = PICTURES.contains(extension) || featured.contains(key)
                || metadata.flatMap(m -> PhpSerialized.at(m, "width")).isPresent();
        String title = Texts.line(item.title());
        Optional<StoredMedia> stored;
        if (picture) {
            String caption = Texts.line(org.masthead.media.CaptionLinks.fromHtml(!Texts.blank(item.excerpt()) ? item.excerpt() : item.content()));
            String credit = firstOf(item.meta("_media_credit"), text(metadata, "image_meta", "credit"),
                    text(metadata, "image_meta", "copyright").replaceFirst("^(?i)(©|\\(c\\)|copyright)\\s*", ""));
            stored = sink.image(new SourceImage(key, url, file, Texts.line(item.meta("_wp_attachment_image_alt")), caption, null,
                    Texts.line(credit), web(item.meta("_media_credit_url")), null, title));
        } else {
            stored = sink.attachment(new SourceAttachment(key, url, file, title, TYPES.getOrDefault(extension, "")));
        }
        if (upload != null) {
            stored.filter(s -> s.url() != null && s.url().startsWith("/media/")).ifPresent(s -> moved.put(upload, s.url()));
        }
    }

    /** Where an upload now is, by its path under the old uploads folder; null when it was not copied. */
    String movedUpload(String path) {
        return moved.get(path);
    }

    /** Tells the report how many files the uploads folder did not have. */
    void finish() {
        if (uploads != null && missingFiles > 0) {
            sink.note(missingFiles + (missingFiles == 1 ? " file was" : " files were") + " not found under " + uploads
                    + "; those are kept by their addresses on the old site");
        }
    }

    private Path localFile(String upload) {
        if (uploads == null || upload == null || upload.isEmpty()) {
            return null;
        }
        Path file = uploads.resolve(upload).normalize();
        // CASE: "../../etc/passwd" as an attached file stays outside: only what is under the folder given is read.
        if (!file.startsWith(uploads) || !Files.isRegularFile(file)) {
            missingFiles++;
            return null;
        }
        return file;
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        String path = name.replaceFirst("[?#].*$", "");
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String text(Optional<Object> metadata, String... keys) {
        return metadata.flatMap(m -> PhpSerialized.at(m, keys)).map(Object::toString).orElse("");
    }

    private static String web(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String text = url.strip();
        return text.matches("(?i)https?://\\S+") ? text : null;
    }

    private static String firstOf(String... texts) {
        for (String text : texts) {
            if (!Texts.blank(text)) {
                return text;
            }
        }
        return "";
    }
}
