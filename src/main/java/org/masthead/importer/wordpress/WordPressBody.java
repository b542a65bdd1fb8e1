package org.masthead.importer.wordpress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's content as WordPress stores it, made the HTML an article holds: block-editor comments removed, a
 * {@code [caption]} made a figure with its caption, other shortcodes left as the text readers would otherwise
 * never see explained (and counted, for the report), the paragraphs WordPress adds only when it shows a classic
 * post written in, and links to the old uploads pointed at the copies made. The result is sanitized when stored.
 */
final class WordPressBody {
    private static final Pattern MORE = Pattern.compile("<!--(?:more|nextpage|noteaser)(?:\\s[^>]*)?-->");
    private static final Pattern CAPTION = Pattern.compile("\\[(?:wp_)?caption\\b([^\\]]*)](.*?)\\[/(?:wp_)?caption]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("\\bcaption\\s*=\\s*(\"|')(.*?)\\1", Pattern.DOTALL);
    private static final Pattern CAPTIONED = Pattern.compile("^\\s*((?:<a\\b[^>]*>\\s*)?<img\\b[^>]*>(?:\\s*</a>)?)(.*)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** {@code [embed]address[/embed]}, and Jetpack's {@code [youtube address]} and {@code [vimeo address]}. */
    private static final Pattern EMBED = Pattern.compile(
            "\\[embed\\b[^\\]]*]\\s*(https?://[^\\s\\[\\]<>\"]+)\\s*\\[/embed]|\\[(?:youtube|vimeo)[= ]\\s*(https?://[^\\s\\[\\]<>\"]+)\\s*]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORTCODE = Pattern.compile("(\\[?)\\[([A-Za-z][A-Za-z0-9_-]*)((?:\\s[^\\]]*)?)/?](\\]?)");
    private static final Set<String> KNOWN_SHORTCODES = Set.of("gallery", "embed", "audio", "video", "playlist", "youtube",
            "vimeo", "soundcloud", "tweet", "twitter", "instagram", "googlemaps", "contact-form", "contact-form-7",
            "gravityform", "wpvideo", "slideshow", "code", "sourcecode", "column", "columns", "button", "toc", "spotify",
            "pdf-embedder", "email", "more");
    private static final Pattern UPLOAD_LINK = Pattern.compile("\\b(src|href)(\\s*=\\s*)([\"'])([^\"']*?/wp-content/uploads/[^\"']*)\\3",
            Pattern.CASE_INSENSITIVE);

    /** The article's HTML, and what was left as it was, by name, for the report. */
    record Result(String html, Map<String, Integer> shortcodes, Map<String, Integer> dynamicBlocks) {}

    private WordPressBody() {}

    /**
     * @param uploads the address a file under the old {@code wp-content/uploads/} now has, given its path there
     *                ({@code 2017/09/photo.jpg}), or null when it was not copied
     */
    static Result convert(String content, UnaryOperator<String> uploads) {
        if (content == null || content.isBlank()) {
            return new Result("", Map.of(), Map.of());
        }
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        boolean blocks = BlockComments.present(text);
        Map<String, Integer> dynamic = Map.of();
        if (blocks) {
            BlockComments.Read read = BlockComments.read(text);
            text = read.html();
            dynamic = read.drawnByWordPress();
        }
        text = MORE.matcher(text).replaceAll("");
        text = captions(text);
        text = embeds(text);
        Map<String, Integer> shortcodes = new LinkedHashMap<>();
        text = shortcodes(text, shortcodes);
        if (!blocks) {
            text = Autop.paragraphs(text);
        }
        return new Result(rewriteUploads(text.strip(), uploads), shortcodes, dynamic);
    }

    /**
     * The content as its writer wrote it, for the check that no word is lost: as it is, but for each {@code [caption]},
     * whose settings (id, align, width) readers never saw, and whose {@code caption=""} they saw only when the
     * shortcode held no caption of its own (WordPress shows one or the other).
     */
    static String asWritten(String content) {
        if (content == null || content.indexOf('[') < 0) {
            return content;
        }
        return CAPTION.matcher(content).replaceAll(m -> {
            Matcher attribute = CAPTION_ATTRIBUTE.matcher(m.group(1));
            boolean shown = attribute.find() && Texts.plain(m.group(2)).isEmpty();
            return Matcher.quoteReplacement(m.group(2) + (shown ? " " + attribute.group(2) : ""));
        });
    }

    private static String captions(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        return CAPTION.matcher(text).replaceAll(m -> {
            Matcher inner = CAPTIONED.matcher(m.group(2));
            if (!inner.matches()) {
                return Matcher.quoteReplacement(m.group(2));
            }
            String caption = inner.group(2).strip();
            if (caption.isEmpty()) {
                Matcher attribute = CAPTION_ATTRIBUTE.matcher(m.group(1));
                caption = attribute.find() ? attribute.group(2).strip() : "";
            }
            String figure = "<figure>" + inner.group(1).strip()
                    + (caption.isEmpty() ? "" : "<figcaption>" + caption.replace("\n", " ") + "</figcaption>") + "</figure>";
            return Matcher.quoteReplacement(figure);
        });
    }

    /**
     * An embed shortcode is the address it embeds, alone in its paragraph as a link: a player's becomes a link card
     * (see {@code markup.LinkCard}), and any other stays a link the reader can follow.
     */
    private static String embeds(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        return EMBED.matcher(text).replaceAll(m -> {
            String url = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
            String attribute = url.replace("&", "&amp;").replace("\"", "&quot;");
            return Matcher.quoteReplacement("\n\n<p><a href=\"" + attribute + "\">" + attribute + "</a></p>\n\n");
        });
    }

    /** Counts the shortcodes left as text; {@code [[name]]}, WordPress's way to show one, loses its outer brackets. */
    private static String shortcodes(String text, Map<String, Integer> counts) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        Matcher m = SHORTCODE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(2);
            if (!m.group(1).isEmpty() && !m.group(4).isEmpty()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group().substring(1, m.group().length() - 1)));
                continue;
            }
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            // "[sic]" in a sentence is not a shortcode; one WordPress knows, one with settings, or one closed later is.
            if (KNOWN_SHORTCODES.contains(lower) || m.group(3).contains("=") || text.contains("[/" + name + "]")) {
                counts.merge("[" + lower + "]", 1, Integer::sum);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Links and pictures under the old uploads folder, pointed at the copies made of those files. */
    static String rewriteUploads(String html, UnaryOperator<String> uploads) {
        if (!html.contains("/wp-content/uploads/")) {
            return html;
        }
        return UPLOAD_LINK.matcher(html).replaceAll(m -> {
            String now = uploads.apply(uploadPath(m.group(4)));
            return Matcher.quoteReplacement(now == null ? m.group() : m.group(1) + m.group(2) + m.group(3) + now + m.group(3));
        });
    }

    /**
     * The path of an address under {@code wp-content/uploads/}, as {@code _wp_attached_file} gives it: without the
     * multisite prefix ({@code sites/2/}), the query, or the size WordPress added to a smaller copy
     * ({@code photo-300x200.jpg} is {@code photo.jpg}).
     */
    static String uploadPath(String address) {
        int at = address.indexOf("/wp-content/uploads/");
        String path = at >= 0 ? address.substring(at + "/wp-content/uploads/".length()) : address;
        path = path.replaceFirst("[?#].*$", "");
        path = Texts.decode(path).replaceFirst("^/+", "").replaceFirst("^sites/\\d+/", "");
        return path.replaceFirst("-(?:\\d+x\\d+|scaled)(\\.[A-Za-z0-9]+)$", "$1");
    }
}
