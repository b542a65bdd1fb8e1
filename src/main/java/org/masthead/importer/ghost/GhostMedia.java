package org.masthead.importer.ghost;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.importer.ImportSink;
import org.masthead.importer.SourceImage;
import org.masthead.importer.StoredMedia;

/**
 * Where the pictures a Ghost export names can be had. Ghost keeps its own pictures under {@code content/images/} and
 * names them by absolute address, by {@code /content/images/...}, or (4.x on) by {@code __GHOST_URL__/content/images/...};
 * the person importing may give that folder (copied in) and the site's address (to make the rest absolute).
 */
final class GhostMedia {
    private static final String GHOST_URL = "__GHOST_URL__";
    private static final String IMAGES = "content/images/";
    /** Ghost's resized copies: {@code content/images/size/w600/2020/01/a.jpg} is a copy of {@code 2020/01/a.jpg}. */
    private static final Pattern SIZED = Pattern.compile("^size/w\\d+(?:h\\d+)?/(?:format/\\w+/)?");

    private final Path imagesDir;
    /** The site's address without its last slash (it may have a path: Ghost can run under /blog), or null. */
    private final String siteBase;
    /** Scheme, host and port of the site, for addresses that start with a slash; or null. */
    private final String siteOrigin;
    private final Pattern inBody;
    /** The address each picture sent has here (empty when it could not be kept), by its key. */
    private final Map<String, String> sent = new HashMap<>();
    /** The keys of pictures that lead a post, whose alt text and credit are settled by the first that does. */
    private final java.util.Set<String> settled = new java.util.HashSet<>();

    /** An address made usable: a web address, a file to copy, or both; or why there is neither. */
    record Found(String url, Path file, String problem) {}

    GhostMedia(Path imagesDir, URI siteUrl) {
        this.imagesDir = imagesDir == null ? null : imagesDir.toAbsolutePath().normalize();
        if (siteUrl != null) {
            String text = siteUrl.toString();
            this.siteBase = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            this.siteOrigin = siteUrl.getScheme() + "://" + siteUrl.getRawAuthority();
        } else {
            this.siteBase = null;
            this.siteOrigin = null;
        }
        // A picture's address in HTML or Markdown: after __GHOST_URL__, the site's own address, or a quote, a
        // parenthesis or a space (a path of this site, never a part of another site's address).
        String prefix = "__GHOST_URL__" + (siteBase == null ? "" : "|" + Pattern.quote(siteBase) + "|" + Pattern.quote(siteOrigin));
        this.inBody = Pattern.compile("(?:" + prefix + "|(?<=[\"'(\\s=,]))(/[^\\s\"'()<>\\\\]*?" + IMAGES + "[^\\s\"'()<>\\\\]+)");
    }

    boolean hasFolder() {
        return imagesDir != null;
    }

    /** Where the picture at this address can be had. */
    Found locate(String address) {
        String text = address.strip();
        boolean ghostUrl = text.startsWith(GHOST_URL);
        if (ghostUrl) {
            text = text.substring(GHOST_URL.length());
        }
        if (text.startsWith("//")) {
            text = "https:" + text;
        }
        String path = null;
        String url = null;
        if (text.startsWith("/")) {
            path = text;
            url = siteBase == null ? null : (ghostUrl ? siteBase : siteOrigin) + text;
        } else if (text.matches("(?i)https?://[^\\s\"<>]+")) {
            url = text;
            if (siteBase != null && (text.startsWith(siteBase + "/") || text.startsWith(siteOrigin + "/"))) {
                path = text.substring(siteOrigin.length());
            }
        } else {
            return new Found(null, null, "its address “" + address + "” is not a web address");
        }
        Path file = path == null ? null : localFile(path);
        if (file == null && url == null) {
            return new Found(null, null, "its address “" + address + "” is relative to the Ghost site"
                    + (imagesDir == null ? "; give --site-url (the Ghost site's address) or --uploads (its content/images folder)"
                    : " and its file is not in " + imagesDir + "; give --site-url (the Ghost site's address) to keep it by address"));
        }
        return new Found(url, file, null);
    }

    /** The file in the content/images folder given for a path of the site, if it is there. */
    private Path localFile(String path) {
        if (imagesDir == null) {
            return null;
        }
        int at = path.indexOf(IMAGES);
        if (at < 0) {
            return null;
        }
        String rest = path.substring(at + IMAGES.length()).replaceFirst("[?#].*$", "");
        rest = URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
        // The original before any of Ghost's resized copies: one picture, kept once, at its best.
        for (String candidate : new String[] {SIZED.matcher(rest).replaceFirst(""), rest}) {
            Path file = imagesDir.resolve(candidate).normalize();
            // CASE: "../" in an address must never reach a file outside the folder given.
            if (file.startsWith(imagesDir) && Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /**
     * A body with the addresses of the site's pictures made usable: copied from the folder given (each file once
     * per import), else made absolute with the site's address, else left relative (counted for the report).
     * Other links to the site ({@code __GHOST_URL__/about/}) become paths, which redirect here to what they named.
     */
    String rewrite(String body, ImportSink sink) {
        if (body.indexOf(GHOST_URL) < 0 && body.indexOf(IMAGES) < 0) {
            return body;
        }
        Matcher m = inBody.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        int relative = 0;
        while (m.find()) {
            String whole = m.group();
            Found found = locate(whole);
            String replacement;
            if (found.file() != null) {
                replacement = copied(found, sink).orElse(found.url() != null ? found.url() : m.group(1));
            } else if (found.url() != null) {
                replacement = found.url();
            } else {
                replacement = m.group(1);
                relative++;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        if (relative > 0) {
            sink.counted("picture addresses in posts left relative to the Ghost site (give --site-url or --uploads)", relative);
        }
        return out.toString().replace(GHOST_URL + "/", "/").replace(GHOST_URL, "/");
    }

    /** A picture in a body, copied into the media library once however many posts show it. */
    private Optional<String> copied(Found found, ImportSink sink) {
        String key = key(found);
        String url = sent.get(key);
        if (url == null) {
            url = send(new SourceImage(key, found.url(), found.file(), "", "", null, "", null, null,
                    found.file().getFileName().toString()), sink).orElse("");
        }
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }

    /**
     * The key a picture is known by in this import: its file in the folder given, else its address without
     * Ghost's size in it. A feature image that a body shows too, or in another size, is the same picture.
     */
    String key(Found found) {
        if (found.file() != null) {
            return "file:" + imagesDir.relativize(found.file()).toString().replace('\\', '/');
        }
        return "url:" + found.url().replaceFirst("/" + IMAGES + "size/w\\d+(?:h\\d+)?/(?:format/\\w+/)?", "/" + IMAGES);
    }

    /** The address a picture of this key has if it was sent already (empty if it could not be kept), else null. */
    String sentAs(String key) {
        return sent.get(key);
    }

    boolean settled(String key) {
        return settled.contains(key);
    }

    void settle(String key) {
        settled.add(key);
    }

    static boolean describes(SourceImage image) {
        return !image.alt().isEmpty() || !image.caption().isEmpty() || !image.creditName().isEmpty();
    }

    /** Sends a picture and remembers what became of it, so that bodies met later point at the one copy. */
    Optional<String> send(SourceImage image, ImportSink sink) {
        String url = sink.image(image).map(StoredMedia::url).orElse("");
        sent.put(image.key(), url);
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }
}
