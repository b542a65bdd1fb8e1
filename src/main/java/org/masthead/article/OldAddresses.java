package org.masthead.article;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The one form in which old addresses are kept and looked up, whatever shape they came in: a full URL from an
 * export ({@code https://old.example/2017/09/18/a-piece/}), a path as a browser asks for it (percent-encoded or
 * not, with or without its last slash, with doubled slashes), or WordPress's numeric links ({@code /?p=42}).
 */
final class OldAddresses {
    /** The query parameters that name a post by themselves in WordPress; every other query is left off. */
    private static final Set<String> NAMING_PARAMETERS = Set.of("p", "page_id", "attachment_id");

    private OldAddresses() {}

    /**
     * The address as kept: a path that starts with a slash, decoded, in NFC, ending in a slash unless its last
     * segment names a file ({@code .html}), with only a naming query kept. Null for what cannot be an article's
     * own address (the home page, an address that is not a path of this site's shape).
     */
    static String normalize(String address) {
        if (address == null || address.isBlank() || address.length() > 2000) {
            return null;
        }
        // A path asked as "//greek/..." is a path, not an address of the host "greek".
        String text = address.strip().replaceFirst("^/{2,}", "/");
        String path;
        String query;
        try {
            URI uri = URI.create(text.replace(" ", "%20"));
            path = uri.getRawPath();
            query = uri.getRawQuery();
        } catch (IllegalArgumentException notAUri) {
            int q = text.indexOf('?');
            path = q < 0 ? text : text.substring(0, q);
            query = q < 0 ? null : text.substring(q + 1);
            if (path.matches("(?i)https?://.*")) {
                int slash = path.indexOf('/', path.indexOf("//") + 2);
                path = slash < 0 ? "/" : path.substring(slash);
            }
        }
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        path = decode(path);
        if (path != null) {
            // CASE: links with a doubled slash (https://example.org//greek/...) reached WordPress's pages all the same.
            path = path.replaceAll("/{2,}", "/");
        }
        if (path == null || !path.startsWith("/") || path.contains("/../") || path.contains("\n")) {
            return null;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (!path.endsWith("/") && !last.contains(".")) {
            path = path + "/";
        }
        String naming = namingQuery(query);
        if (naming != null) {
            return path + "?" + naming;
        }
        return path.equals("/") ? null : path;
    }

    private static String namingQuery(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = pair.substring(eq + 1);
            if (NAMING_PARAMETERS.contains(name) && value.matches("\\d{1,19}")) {
                return name + "=" + Long.parseLong(value);
            }
        }
        return null;
    }

    private static String decode(String path) {
        try {
            // '+' is a plus in a path, not a space as in a form.
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            return Normalizer.normalize(decoded, Normalizer.Form.NFC);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
    }
}
