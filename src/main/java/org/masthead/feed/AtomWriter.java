package org.masthead.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Atom 1.0, written by Rome: dates in RFC 3339 (UTC), links to the feed itself and to its page, each byline
 * with the author's page, the picture as a link rel=enclosure and as media:content with its credit.
 */
final class AtomWriter {
    private AtomWriter() {}

    static byte[] write(Feed feed) {
        var atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setId(feed.url(FeedFormat.ATOM));
        atom.setTitle(feed.title());
        if (!feed.description().isBlank()) {
            atom.setSubtitle(text(feed.description()));
        }
        atom.setLanguage(feed.language());
        atom.setUpdated(Date.from(feed.updated()));
        atom.setOtherLinks(List.of(link(feed.url(FeedFormat.ATOM), "self", FeedFormat.ATOM.mediaType(), 0)));
        atom.setAlternateLinks(List.of(link(feed.pageUrl(), "alternate", "text/html", 0)));
        // Atom wants an author for every entry; one written by nobody in particular is the magazine's.
        Person magazine = new Person();
        magazine.setName(feed.title());
        magazine.setUri(feed.baseUrl() + "/");
        atom.setAuthors(List.of(magazine));
        Generator generator = new Generator();
        generator.setValue("Masthead");
        atom.setGenerator(generator);
        List<Entry> entries = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            entries.add(entry(entry));
        }
        atom.setEntries(entries);
        return Xml.write(atom);
    }

    private static Entry entry(FeedEntry item) {
        Entry entry = new Entry();
        entry.setId(item.id());
        entry.setTitle(item.title());
        entry.setAlternateLinks(List.of(link(item.url(), "alternate", "text/html", 0)));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        List<com.rometools.rome.feed.synd.SyndPerson> authors = new ArrayList<>();
        for (FeedEntry.Person writer : item.authors()) {
            Person person = new Person();
            person.setName(writer.name());
            person.setUri(writer.url());
            authors.add(person);
        }
        entry.setAuthors(authors);
        List<Category> categories = new ArrayList<>();
        for (FeedEntry.Category topic : item.categories()) {
            Category category = new Category();
            category.setTerm(topic.term());
            category.setLabel(topic.label());
            category.setScheme(topic.url().substring(0, topic.url().length() - topic.term().length() - 1));
            categories.add(category);
        }
        entry.setCategories(categories);
        if (!item.summary().isEmpty()) {
            entry.setSummary(text(item.summary()));
        }
        if (item.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(item.contentHtml());
            entry.setContents(List.of(content));
        }
        if (item.image() != null) {
            entry.setOtherLinks(List.of(link(item.image().url(), "enclosure", item.image().mediaType(), item.image().length())));
            var media = Xml.media(item.image());
            if (media != null) {
                entry.getModules().add(media);
            }
        }
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String href, String rel, String type, long length) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        if (length > 0) {
            link.setLength(length);
        }
        return link;
    }
}
