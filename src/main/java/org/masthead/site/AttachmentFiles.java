package org.masthead.site;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.masthead.common.NotFound;
import org.masthead.media.MediaStorage;

/**
 * The files articles link to that are not pictures (imported PDFs, recordings, documents), under
 * {@code files/} where the media files are kept, served at {@code /media/files/NAME}. Only the types listed are served: a stored HTML
 * or SVG file, which could run script as the magazine's own page, is never sent. Documents a browser would open in
 * a plugin or an office viewer come as downloads; PDFs, sound, video and plain text play or show in the page,
 * sandboxed. Seekable, so players can skip through a recording.
 */
final class AttachmentFiles {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    private record Type(String contentType, boolean download) {}

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("pdf", new Type("application/pdf", false)),
            Map.entry("mp3", new Type("audio/mpeg", false)), Map.entry("m4a", new Type("audio/mp4", false)),
            Map.entry("ogg", new Type("audio/ogg", false)), Map.entry("oga", new Type("audio/ogg", false)),
            Map.entry("wav", new Type("audio/wav", false)), Map.entry("flac", new Type("audio/flac", false)),
            Map.entry("mp4", new Type("video/mp4", false)), Map.entry("m4v", new Type("video/mp4", false)),
            Map.entry("webm", new Type("video/webm", false)), Map.entry("mov", new Type("video/quicktime", false)),
            Map.entry("txt", new Type("text/plain; charset=utf-8", false)), Map.entry("csv", new Type("text/csv; charset=utf-8", false)),
            Map.entry("doc", new Type("application/msword", true)), Map.entry("xls", new Type("application/vnd.ms-excel", true)),
            Map.entry("ppt", new Type("application/vnd.ms-powerpoint", true)),
            Map.entry("docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true)),
            Map.entry("xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true)),
            Map.entry("pptx", new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation", true)),
            Map.entry("odt", new Type("application/vnd.oasis.opendocument.text", true)),
            Map.entry("ods", new Type("application/vnd.oasis.opendocument.spreadsheet", true)),
            Map.entry("odp", new Type("application/vnd.oasis.opendocument.presentation", true)),
            Map.entry("rtf", new Type("application/rtf", true)), Map.entry("epub", new Type("application/epub+zip", true)),
            Map.entry("zip", new Type("application/zip", true)));

    private final MediaStorage media;

    AttachmentFiles(MediaStorage media) {
        this.media = media;
    }

    void serve(Context ctx) {
        String name = ctx.pathParam("file");
        int dot = name.lastIndexOf('.');
        Type type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (!NAME.matcher(name).matches() || type == null) {
            throw new NotFound("no file " + name);
        }
        MediaStorage.Stored file = media.open(MediaStorage.FILES + name).orElseThrow(() -> new NotFound("no file " + name));
        // A stored file is never overwritten: a new one gets a new name.
        ctx.header("Cache-Control", "public, max-age=604800");
        ctx.header("X-Content-Type-Options", "nosniff");
        // Whatever a viewer makes of the file, it runs no script with the magazine's cookies.
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'; media-src 'self'; style-src 'unsafe-inline'");
        ctx.header("Content-Disposition", (type.download() ? "attachment" : "inline") + "; filename=\"" + name + "\"");
        String etag = "\"" + Long.toHexString(file.size()) + "-" + Long.toHexString(file.modified().toEpochMilli()) + "\"";
        if (Conditional.notModified(ctx, etag)) {
            file.close();
            return;
        }
        ctx.writeSeekableStream(file.content(), type.contentType(), file.size());
    }
}
