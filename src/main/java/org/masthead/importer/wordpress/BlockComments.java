package org.masthead.importer.wordpress;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block editor's comments read as WordPress's block grammar writes them: {@code <!-- wp:name {json} -->} opens a
 * block, {@code <!-- /wp:name -->} closes it, {@code <!-- wp:name {json} /-->} is a block with no HTML of its own,
 * which WordPress draws itself (latest posts, archives, a reusable block). Blocks nest (columns hold columns hold
 * paragraphs). WordPress writes {@code --} inside attributes as {@code \u002d\u002d}, so a comment ends at the first
 * {@code -->} after it starts, whatever the attributes' strings hold ({@code }} included): one comment is never
 * read across another, and the HTML between comments is always kept.
 */
final class BlockComments {
    /** What is between {@code <!--} and {@code -->} in a block comment: a closer, or an opener that may close itself. */
    private static final Pattern COMMENT = Pattern.compile(
            "\\s+(/)?wp:((?:[a-z][a-z0-9_-]*/)?[a-z][a-z0-9_-]*)\\s+(?:(\\{.*})\\s+)?(/)?", Pattern.DOTALL);

    /** The HTML with the block comments taken out, and the blocks WordPress draws itself, by name, in order met. */
    record Read(String html, Map<String, Integer> drawnByWordPress, int unclosed) {}

    private BlockComments() {}

    /** Whether the text was written in the block editor. */
    static boolean present(String text) {
        return text.contains("<!-- wp:");
    }

    static Read read(String text) {
        StringBuilder html = new StringBuilder(text.length());
        Map<String, Integer> drawn = new LinkedHashMap<>();
        Deque<String> open = new ArrayDeque<>();
        int at = 0;
        while (at < text.length()) {
            int start = text.indexOf("<!--", at);
            int end = start < 0 ? -1 : text.indexOf("-->", start + 4);
            if (start < 0 || end < 0) {
                html.append(text, at, text.length());
                break;
            }
            Matcher m = COMMENT.matcher(text).region(start + 4, end);
            if (!m.matches() || m.group(1) != null && (m.group(3) != null || m.group(4) != null)) {
                // Any other comment (<!--more-->, a writer's own) stays for what follows to deal with.
                html.append(text, at, end + 3);
                at = end + 3;
                continue;
            }
            html.append(text, at, start);
            String name = m.group(2).startsWith("core/") ? m.group(2).substring(5) : m.group(2);
            if (m.group(1) != null) {
                close(open, name);
            } else if (m.group(4) != null) {
                drawn.merge("wp:" + name, 1, Integer::sum);
            } else {
                open.push(name);
            }
            at = end + 3;
            // The line break after a comment is the serializer's, not the writer's.
            if (at < text.length() && text.charAt(at) == '\n') {
                at++;
            }
        }
        return new Read(html.toString(), drawn, open.size());
    }

    /** Closes the innermost open block of that name and any left open inside it; a closer with no opener is ignored. */
    private static void close(Deque<String> open, String name) {
        if (!open.contains(name)) {
            return;
        }
        while (!open.pop().equals(name)) {
            // Blocks opened inside it and never closed end with it, as the editor's parser ends them.
        }
    }
}
