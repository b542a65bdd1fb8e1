package org.masthead.markup;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The ids a body's own links point at (footnotes: {@code [1]} to the note, {@code ↩︎} back), kept under a prefix so
 * they can never take the name of one of the page's own ids or of a script's global. Ids nothing links to go.
 */
final class InPageLinks {
    static final String PREFIX = "at-";
    /** An id as the sanitizer keeps it: prefixed, short, and of characters that need no escaping in a selector. */
    static final Pattern KEPT_ID = Pattern.compile("^" + PREFIX + "[A-Za-z0-9_:.-]{1,80}$");

    private InPageLinks() {}

    static String prefixed(String html) {
        if (!html.contains("href=\"#") && !html.contains("href='#")) {
            return html;
        }
        Document body = Jsoup.parseBodyFragment(html);
        Set<String> targets = new HashSet<>();
        for (Element link : body.select("a[href^=#]")) {
            targets.add(link.attr("href").substring(1));
        }
        Set<String> renamed = new HashSet<>();
        for (Element element : body.select("[id]")) {
            String id = element.id();
            if (targets.contains(id) && !id.startsWith(PREFIX)) {
                element.attr("id", PREFIX + id);
                renamed.add(id);
            }
        }
        for (Element link : body.select("a[href^=#]")) {
            if (renamed.contains(link.attr("href").substring(1))) {
                link.attr("href", "#" + PREFIX + link.attr("href").substring(1));
            }
        }
        if (renamed.isEmpty()) {
            return html;
        }
        body.outputSettings().prettyPrint(false);
        return body.body().html();
    }
}
