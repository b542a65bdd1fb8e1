package org.masthead.importer.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a WordPress export holds, found by means of the test's own, never the importer's: a namespace-aware DOM
 * parse when the file is well-formed, else regular expressions over its text. Counts the items an import should
 * make something of, and the comments it should count.
 */
record WxrFacts(boolean wellFormed, int posts, int pages, int media,
        int publishedVisible, int hidden, int authors, int comments, int itemsWithoutId) {

    static final Path ROOT = Path.of("..", "shared", "testdata", "wxr");
    private static final Pattern WP = Pattern.compile("https?://wordpress\\.org/export/1\\.\\d+/");
    private static final Set<String> LEFT_OUT_STATUSES = Set.of("trash", "auto-draft", "inherit");

    static List<Path> files() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WxrFacts of(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return fromDom(factory.newDocumentBuilder().parse(file.toFile()));
        } catch (org.xml.sax.SAXException notWellFormed) {
            return fromText(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static WxrFacts fromDom(Document doc) {
        var counter = new Counter();
        NodeList items = doc.getElementsByTagNameNS("", "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            counter.item(wp(item, "post_id"), wp(item, "post_type"), wp(item, "status"), wp(item, "post_password"),
                    wpCount(item, "comment"));
        }
        Set<String> logins = new HashSet<>();
        NodeList all = doc.getElementsByTagNameNS("*", "author");
        for (int i = 0; i < all.getLength(); i++) {
            Element author = (Element) all.item(i);
            String login = wp(author, "author_login");
            if (isWp(author.getNamespaceURI()) && login != null && !login.isBlank()) {
                logins.add(login.strip());
            }
        }
        return counter.facts(true, logins.size());
    }

    private static WxrFacts fromText(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var counter = new Counter();
        Matcher item = Pattern.compile("<item>(.*?)</item>", Pattern.DOTALL).matcher(text);
        while (item.find()) {
            String body = item.group(1);
            counter.item(tag(body, "post_id"), tag(body, "post_type"), tag(body, "status"), tag(body, "post_password"),
                    (int) Pattern.compile("<wp:comment>").matcher(body).results().count());
        }
        Set<String> logins = new HashSet<>();
        Pattern.compile("<wp:author_login>(?:<!\\[CDATA\\[)?([^<\\]]+)").matcher(text).results()
                .forEach(m -> logins.add(m.group(1).strip()));
        return counter.facts(false, logins.size());
    }

    private static String tag(String body, String name) {
        Matcher m = Pattern.compile("<wp:" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:\\]\\]>)?</wp:" + name + ">", Pattern.DOTALL).matcher(body);
        return m.find() ? m.group(1).strip() : null;
    }

    private static final class Counter {
        final Set<String> mediaIds = new HashSet<>();
        final java.util.Map<String, String> visibility = new java.util.HashMap<>();
        int comments;
        int withoutId;
        final Set<String> postIds = new HashSet<>();
        final Set<String> pageIds = new HashSet<>();

        void item(String id, String type, String status, String password, int itemComments) {
            comments += itemComments;
            String kind = type == null || type.isBlank() ? "post" : type.strip();
            if (id == null || id.isBlank()) {
                if (kind.equals("post") || kind.equals("page")) {
                    withoutId++;
                }
                return;
            }
            String state = status == null ? "" : status.strip();
            boolean counted = !LEFT_OUT_STATUSES.contains(state);
            // An id given twice is one item, the last: WordPress's ids are unique, a hand-edited file's not always.
            postIds.remove(id);
            pageIds.remove(id);
            mediaIds.remove(id);
            if (kind.equals("attachment")) {
                mediaIds.add(id);
            } else if (kind.equals("post") && counted) {
                postIds.add(id);
            } else if (kind.equals("page") && counted) {
                pageIds.add(id);
            }
            visibility.remove(id);
            if ((kind.equals("post") || kind.equals("page")) && counted) {
                boolean secret = password != null && !password.isBlank() || state.equals("private");
                visibility.put(id, secret ? "hidden" : state.equals("publish") ? "published" : "other");
            }
        }

        WxrFacts facts(boolean wellFormed, int authors) {
            int published = (int) visibility.values().stream().filter("published"::equals).count();
            int hidden = (int) visibility.values().stream().filter("hidden"::equals).count();
            return new WxrFacts(wellFormed, postIds.size(), pageIds.size(), mediaIds.size(), published, hidden, authors,
                    comments, withoutId);
        }
    }

    /** The trimmed text of an element's child in WordPress's namespace, or null. */
    private static String wp(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && name.equals(e.getLocalName()) && isWp(e.getNamespaceURI())) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    private static int wpCount(Element parent, String name) {
        int n = 0;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && name.equals(e.getLocalName()) && isWp(e.getNamespaceURI())) {
                n++;
            }
        }
        return n;
    }

    private static boolean isWp(String uri) {
        return uri != null && WP.matcher(uri).matches();
    }
}
