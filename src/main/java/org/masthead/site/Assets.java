package org.masthead.site;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.masthead.media.MediaStorage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.masthead.common.NotFound;
import org.masthead.platform.StartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The theme's static files, held in memory and addressed with a hash of their content so browsers may keep
 * them for a year, and the media files from where they are kept (the data directory, or a bucket, streamed through). A magazine's data directory may hold
 * {@code theme/site.css}, used instead of the built-in stylesheet, {@code theme/custom.css}, linked
 * after it, and {@code theme/favicon.svg}, the icon browsers show; all are read at start-up.
 */
final class Assets {
    private static final Logger log = LoggerFactory.getLogger(Assets.class);
    /**
     * The theme's type (Source Serif 4, Source Sans 3; fetched at build time, see pom.xml), listed before the
     * stylesheets so that their addresses in {@code url(...)} can carry their versions.
     */
    private static final List<String> FONTS = List.of("source-serif-4-latin-wght-normal.woff2",
            "source-serif-4-latin-wght-italic.woff2", "source-serif-4-latin-ext-wght-normal.woff2",
            "source-serif-4-latin-ext-wght-italic.woff2", "source-sans-3-latin-wght-normal.woff2",
            "source-sans-3-latin-ext-wght-normal.woff2", "source-serif-4-OFL.txt", "source-sans-3-OFL.txt");
    private static final Map<String, String> FONT_TYPES = Map.of("woff2", "font/woff2", "txt", "text/plain; charset=utf-8");
    /** {@code url(/static/NAME)} in a stylesheet. */
    private static final Pattern STATIC_URL = Pattern.compile("url\\((['\"]?)/static/([A-Za-z0-9._-]+)\\1\\)");
    private static final List<String> BUILT_IN = List.of("site.css", "site.js", "favicon.svg", "admin.css", "admin.js",
            "edition-builder.js", "editor.js");
    private static final List<String> THEME_FILES = List.of("site.css", "custom.css", "favicon.svg");
    private static final Pattern MEDIA_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png",
            "gif", "image/gif", "webp", "image/webp", "avif", "image/avif");

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> versions = new LinkedHashMap<>();
    private final MediaStorage media;
    /** Whether the magazine's own site.css replaces the built-in one (which alone uses the built-in fonts). */
    private boolean themed;

    /** themeDir is the data directory's {@code theme} folder, which need not exist. */
    Assets(MediaStorage media, Path themeDir) {
        this.media = media;
        for (String name : java.util.stream.Stream.concat(FONTS.stream(), BUILT_IN.stream()).toList()) {
            try (InputStream in = Assets.class.getResourceAsStream("/static/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the theme file " + name + " is missing from the build");
                }
                add(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String name : THEME_FILES) {
            Path file = themeDir.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    add(name, Files.readAllBytes(file));
                    themed |= name.equals("site.css");
                    log.info("Theme: {} from {}", name, file);
                } catch (IOException e) {
                    throw new StartupFailure("cannot read the theme's " + name + " at " + file + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private void add(String name, byte[] bytes) {
        if (name.endsWith(".css")) {
            bytes = versioned(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        files.put(name, bytes);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            versions.put(name, HexFormat.of().formatHex(hash, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The frame of a public page with the theme's files: the stylesheet, then the magazine's additions if it
     * has any; the script; the icon. {@code newsletter}: whether the subscribe form shows (only once the magazine
     * can send its confirmation).
     */
    Chrome chrome(String title, String tagline, String language, boolean newsletter, Chrome.Links links) {
        var stylesheets = new java.util.ArrayList<String>();
        stylesheets.add(path("site.css"));
        if (files.containsKey("custom.css")) {
            stylesheets.add(path("custom.css"));
        }
        // The faces of the text and of the small labels, fetched at once: the stylesheet shows them only if they come in
        // time (font-display: optional), so the page never moves when they arrive.
        List<String> fonts = themed ? List.of() : List.of(path("source-serif-4-latin-wght-normal.woff2"),
                path("source-sans-3-latin-wght-normal.woff2"));
        return new Chrome(title, tagline, language, stylesheets, path("site.js"), path("favicon.svg"), newsletter, links, fonts);
    }

    /** A stylesheet whose {@code url(/static/...)} addresses of known files carry their versions, kept for a year too. */
    private String versioned(String css) {
        return STATIC_URL.matcher(css).replaceAll(found -> versions.containsKey(found.group(2))
                ? java.util.regex.Matcher.quoteReplacement("url(" + path(found.group(2)) + ")") : java.util.regex.Matcher.quoteReplacement(found.group()));
    }

    /** A theme file's address, with the content hash that lets browsers keep it for a year. */
    String path(String name) {
        return "/static/" + name + "?v=" + versions.get(name);
    }

    void serveStatic(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new NotFound("no static file " + name);
        }
        boolean versioned = versions.get(name).equals(ctx.queryParam("v"));
        ctx.header("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "public, max-age=300");
        // SVG only among the theme's own files: a picture in the media folder is never served as SVG, which can hold script.
        String extension = name.substring(name.lastIndexOf('.') + 1);
        Conditional.send(ctx, name.endsWith(".svg") ? "image/svg+xml" : FONT_TYPES.getOrDefault(extension, type(name)), bytes);
    }

    void serveMedia(Context ctx) {
        String name = ctx.pathParam("file");
        String type = type(name);
        if (!MEDIA_NAME.matcher(name).matches() || type == null) {
            throw new NotFound("no media file " + name);
        }
        MediaStorage.Stored file = media.open(name).orElseThrow(() -> new NotFound("no media file " + name));
        // A stored file is never overwritten: a new upload gets a new name. So browsers keep it a year.
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        String etag = "\"" + Long.toHexString(file.size()) + "-" + Long.toHexString(file.modified().toEpochMilli()) + "\"";
        if (Conditional.notModified(ctx, etag)) {
            file.close();
            return;
        }
        ctx.header("Content-Length", Long.toString(file.size()));
        if (ctx.method() == io.javalin.http.HandlerType.HEAD) {
            // Nothing follows the headers: the file (with a bucket, an open request to it) is let go at once.
            file.close();
            ctx.contentType(type);
            return;
        }
        ctx.contentType(type).result(file.content());
    }

    private static String type(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
