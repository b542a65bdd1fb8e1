package org.masthead.site;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The banner across the top of the newsroom's previews, so nobody takes one for the page readers see. It is put into
 * the rendered page rather than the templates: a magazine's own theme templates render previews too, and must not be
 * able to leave it out. The public pages never pass through here.
 */
final class PreviewBanner {
    static final String TEXT = "PREVIEW — not published";
    private static final Pattern BODY = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final String BANNER = "\n<div class=\"preview-banner\" role=\"status\"><strong>" + TEXT
            + "</strong> <span>Readers cannot see this yet: it is how the page will look once it goes out.</span></div>";

    private PreviewBanner() {}

    /** The page with the banner first in its body (or first of all, for a theme's page without a body tag). */
    static byte[] onto(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        Matcher body = BODY.matcher(html);
        String marked = body.find() ? html.substring(0, body.end()) + BANNER + html.substring(body.end()) : BANNER.strip() + html;
        return marked.getBytes(StandardCharsets.UTF_8);
    }
}
