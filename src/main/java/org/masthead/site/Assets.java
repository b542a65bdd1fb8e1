package org.masthead.site;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.masthead.common.NotFound;

/**
 * The theme's static files, held in memory and addressed with a content hash so browsers may keep them for
 * a year, and the media files in the data directory.
 */
final class Assets {
    private static final List<String> STATIC_FILES = List.of("site.css", "admin.css", "admin.js");
    private static final Pattern MEDIA_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "gif", "image/gif", "webp", "image/webp", "avif", "image/avif");

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final String version;
    private final Path mediaDir;

    Assets(Path mediaDir) {
        this.mediaDir = mediaDir;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : STATIC_FILES) {
                try (InputStream in = Assets.class.getResourceAsStream("/static/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the theme file " + name + " is missing from the build");
                    }
                    byte[] bytes = in.readAllBytes();
                    files.put(name, bytes);
                    digest.update(bytes);
                }
            }
            version = HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String stylesheet() {
        return path("site.css");
    }

    /** A theme file's address, with the content hash that lets browsers keep it for a year. */
    String path(String name) {
        return "/static/" + name + "?v=" + version;
    }

    void serveStatic(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new NotFound("no static file " + name);
        }
        boolean versioned = version.equals(ctx.queryParam("v"));
        ctx.header("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "public, max-age=300");
        Conditional.send(ctx, type(name), bytes);
    }

    void serveMedia(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        String type = type(name);
        Path file = mediaDir.resolve(name).normalize();
        if (!MEDIA_NAME.matcher(name).matches() || type == null || !file.startsWith(mediaDir) || !Files.isRegularFile(file)) {
            throw new NotFound("no media file " + name);
        }
        // A stored file is never overwritten: a new upload gets a new name.
        ctx.header("Cache-Control", "public, max-age=604800");
        long size = Files.size(file);
        String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(Files.getLastModifiedTime(file).toMillis()) + "\"";
        if (Conditional.notModified(ctx, etag)) {
            return;
        }
        ctx.header("Content-Length", Long.toString(size));
        ctx.contentType(type).result(Files.newInputStream(file));
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
