package org.masthead.importer.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an export's channel, author by author, term by term, item by item, holding one item at a time. Elements
 * count as WordPress's by their namespace, not their prefix: {@code wp:} is {@code http(s)://wordpress.org/export/1.x/}
 * whatever prefix names it, and a {@code wp:} prefix bound to another address is not WordPress's.
 */
final class WxrParser {
    private static final Pattern WP = Pattern.compile("https?://wordpress\\.org/export/1\\.\\d+/");
    private static final Pattern EXCERPT = Pattern.compile("https?://wordpress\\.org/export/1\\.\\d+/excerpt/");

    private enum Ns { NONE, WP, EXCERPT, CONTENT, DC, OTHER }

    /** What a reading sends on, in the file's order. */
    interface Visitor {
        default void header(WxrChannel.Header header) { }

        default void author(WxrChannel.Author author) { }

        default void term(WxrChannel.Term term) { }

        void item(WxrItem item);
    }

    /** The file stops being well-formed at a line; {@code item} names the item being read then, or is null. */
    static final class Broken extends Exception {
        final int line;
        final String item;

        Broken(int line, String problem, String item) {
            super(problem, null, false, false);
            this.line = line;
            this.item = item;
        }
    }

    /** The file is not a WordPress export at all (its root, its channel). */
    static final class NotAnExport extends Exception {
        NotAnExport(String problem) {
            super(problem, null, false, false);
        }
    }

    private final Map<String, Ns> namespaces = new HashMap<>();
    private XMLStreamReader r;
    private WxrChannel.Header header;
    private boolean headerSent;
    private String title;
    private String description;
    private String link;
    private String baseSite;
    private String baseBlog;
    private String version;
    private String current;
    private int itemLine;
    private Map<String, String> itemFields;
    private final boolean bodies;

    private WxrParser(boolean bodies) {
        this.bodies = bodies;
    }

    /**
     * Reads the whole file, or its header only ({@code headerOnly}: up to its first author, term or item). Bytes
     * read so far go to {@code progress}.
     */
    static WxrChannel.Header read(Path file, boolean headerOnly, Visitor visitor, LongConsumer progress)
            throws IOException, Broken, NotAnExport {
        return read(file, headerOnly, true, visitor, progress);
    }

    /** As {@link #read(Path, boolean, Visitor, LongConsumer)}; without {@code bodies}, items come without their content. */
    static WxrChannel.Header read(Path file, boolean headerOnly, boolean bodies, Visitor visitor, LongConsumer progress)
            throws IOException, Broken, NotAnExport {
        try (InputStream in = WxrFile.open(file, progress)) {
            return new WxrParser(bodies).run(in, WxrFile.charset(file), headerOnly, visitor);
        }
    }

    private WxrChannel.Header run(InputStream in, Charset charset, boolean headerOnly, Visitor visitor)
            throws Broken, NotAnExport {
        try {
            r = WxrFile.reader(in, charset);
            if (r.nextTag() != XMLStreamConstants.START_ELEMENT || !"rss".equals(r.getLocalName())) {
                throw new NotAnExport("its root element is <" + r.getLocalName() + ">, where a WordPress export has <rss>");
            }
            boolean sawChannel = false;
            while (next() != XMLStreamConstants.END_ELEMENT) {
                if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!sawChannel && !"channel".equals(r.getLocalName())) {
                    throw new NotAnExport("its <rss> holds <" + r.getLocalName() + "> where a WordPress export has <channel>");
                }
                sawChannel = true;
                if (channel(headerOnly, visitor)) {
                    return header;
                }
            }
            if (!sawChannel) {
                throw new NotAnExport("its <rss> holds no <channel>");
            }
            sendHeader(visitor);
            return header;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new Broken(line, problem(e), current == null ? null : itemLabel());
        }
    }

    /** Reads one channel; true when reading stopped at the end of the header. */
    private boolean channel(boolean headerOnly, Visitor visitor) throws XMLStreamException {
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            Ns ns = ns();
            String name = r.getLocalName();
            if (ns == Ns.NONE && name.equals("item") || ns == Ns.WP && (name.equals("author") || name.equals("category")
                    || name.equals("tag") || name.equals("term"))) {
                sendHeader(visitor);
                if (headerOnly) {
                    return true;
                }
            }
            if (ns == Ns.NONE) {
                switch (name) {
                    case "title" -> title = text();
                    case "link" -> link = text();
                    case "description" -> description = text();
                    case "item" -> visitor.item(item());
                    default -> skip();
                }
            } else if (ns == Ns.WP) {
                switch (name) {
                    case "base_site_url" -> baseSite = text();
                    case "base_blog_url" -> baseBlog = text();
                    case "wxr_version" -> version = text();
                    case "author" -> visitor.author(author());
                    case "category", "tag", "term" -> visitor.term(term(name));
                    default -> skip();
                }
            } else {
                skip();
            }
        }
        return false;
    }

    /** The item being read when the file broke, named by what was read of it. */
    private String itemLabel() {
        Map<String, String> f = itemFields == null ? Map.of() : itemFields;
        String id = f.containsKey("wp:post_id") ? "id " + trim(f.get("wp:post_id")) : "";
        String title = f.containsKey("title") ? "“" + Texts.line(f.get("title")) + "”" : "";
        String known = (id + " " + title).strip();
        return "the item at line " + itemLine + (known.isEmpty() ? "" : " (" + known + ")");
    }

    private void sendHeader(Visitor visitor) {
        if (!headerSent) {
            headerSent = true;
            header = new WxrChannel.Header(trim(title), trim(description), trim(link), trim(baseSite), trim(baseBlog), trim(version));
            visitor.header(header);
        }
    }

    private WxrItem item() throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        current = "the item at line " + line;
        itemLine = line;
        var f = new HashMap<String, String>();
        List<WxrItem.Category> categories = new ArrayList<>();
        List<WxrItem.Meta> meta = new ArrayList<>();
        int comments = 0;
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            Ns ns = ns();
            String name = r.getLocalName();
            switch (ns) {
                case NONE -> {
                    if (name.equals("category")) {
                        String domain = r.getAttributeValue(null, "domain");
                        String nicename = r.getAttributeValue(null, "nicename");
                        categories.add(new WxrItem.Category(trim(domain), trim(nicename), text()));
                    } else {
                        switch (name) {
                            case "title", "link", "guid", "pubDate" -> f.put(name, text());
                            default -> skip();
                        }
                    }
                }
                case CONTENT, EXCERPT, DC -> {
                    String field = ns == Ns.DC ? (name.equals("creator") ? "creator" : null)
                            : name.equals("encoded") ? (ns == Ns.CONTENT ? "content" : "excerpt") : null;
                    if (field == null || !bodies && field.equals("content")) {
                        skip();
                    } else {
                        f.put(field, text());
                    }
                }
                case WP -> {
                    switch (name) {
                        case "postmeta" -> meta.add(meta());
                        case "comment" -> {
                            comments++;
                            skip();
                        }
                        default -> f.put("wp:" + name, text());
                    }
                }
                default -> skip();
            }
            itemFields = f;
        }
        current = null;
        itemFields = null;
        return new WxrItem(line, f.get("title"), trim(f.get("link")), trim(f.get("guid")), trim(f.get("pubDate")),
                trim(f.get("creator")), f.get("content"), f.get("excerpt"), trim(f.get("wp:post_id")), trim(f.get("wp:post_date")),
                trim(f.get("wp:post_date_gmt")), trim(f.get("wp:post_name")), trim(f.get("wp:status")),
                trim(f.get("wp:post_parent")), trim(f.get("wp:post_type")), f.get("wp:post_password"),
                "1".equals(trim(f.get("wp:is_sticky"))), trim(f.get("wp:attachment_url")), categories, meta, comments);
    }

    private WxrItem.Meta meta() throws XMLStreamException {
        String key = null;
        String value = null;
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            boolean wp = ns() == Ns.WP;
            String name = r.getLocalName();
            if (wp && name.equals("meta_key")) {
                key = trim(text());
            } else if (wp && name.equals("meta_value")) {
                value = text();
            } else {
                skip();
            }
        }
        return new WxrItem.Meta(key == null ? "" : key, value == null ? "" : value);
    }

    private WxrChannel.Author author() throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        Map<String, String> f = wpFields();
        return new WxrChannel.Author(line, f.get("author_id"), f.get("author_login"), f.get("author_email"),
                f.get("author_display_name"), f.get("author_first_name"), f.get("author_last_name"));
    }

    private WxrChannel.Term term(String element) throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        Map<String, String> f = wpFields();
        return switch (element) {
            case "category" -> new WxrChannel.Term(line, "category", f.get("category_nicename"), f.get("category_parent"),
                    f.get("cat_name"), f.get("category_description"));
            case "tag" -> new WxrChannel.Term(line, "post_tag", f.get("tag_slug"), null, f.get("tag_name"), f.get("tag_description"));
            default -> new WxrChannel.Term(line, f.get("term_taxonomy"), f.get("term_slug"), f.get("term_parent"),
                    f.get("term_name"), f.get("term_description"));
        };
    }

    /** The wp: children of the current element as name to trimmed text (meta and other nested elements left out). */
    private Map<String, String> wpFields() throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (ns() == Ns.WP) {
                fields.put(r.getLocalName(), trim(text()));
            } else {
                skip();
            }
        }
        return fields;
    }

    /** All the text inside the current element (nested elements' too), which ends on its end tag. */
    private String text() throws XMLStreamException {
        StringBuilder text = null;
        String only = null;
        int depth = 1;
        while (depth > 0) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> {
                    // Most fields are one run of text: no builder for them.
                    if (only == null && text == null) {
                        only = r.getText();
                    } else {
                        if (text == null) {
                            text = new StringBuilder(only);
                        }
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the file ends inside an element", r.getLocation());
                default -> { }
            }
        }
        return text != null ? text.toString() : only == null ? "" : only;
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("the file ends inside an element", r.getLocation());
            }
        }
    }

    private int next() throws XMLStreamException {
        int event = r.next();
        if (event == XMLStreamConstants.END_DOCUMENT) {
            throw new XMLStreamException("the file ends before its channel does", r.getLocation());
        }
        return event;
    }

    private Ns ns() {
        String uri = r.getNamespaceURI();
        if (uri == null || uri.isEmpty()) {
            return Ns.NONE;
        }
        return namespaces.computeIfAbsent(uri, u -> {
            if (WP.matcher(u).matches()) {
                return Ns.WP;
            }
            if (EXCERPT.matcher(u).matches()) {
                return Ns.EXCERPT;
            }
            return switch (u) {
                case "http://purl.org/rss/1.0/modules/content/" -> Ns.CONTENT;
                case "http://purl.org/dc/elements/1.1/" -> Ns.DC;
                default -> Ns.OTHER;
            };
        });
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    /** The parser's message without its own codes and prefixes ("ParseError at [row,col]:[3,4] Message: ..."). */
    private static String problem(XMLStreamException e) {
        String message = e.getMessage() == null ? "it is not well-formed XML" : e.getMessage();
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + 9) : message).strip().replaceFirst("\\.$", "");
    }
}
