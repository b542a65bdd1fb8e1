package org.masthead.feed;

import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.masthead.markup.Markup;

/** RSS 2.0, written by Rome: dates in RFC 822 (GMT), bylines as dc:creator, the picture as an enclosure and media:content. */
final class RssWriter {
    private RssWriter() {}

    static byte[] write(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.pageUrl());
        // RSS requires a description; a magazine without a tagline is described by its name.
        channel.setDescription(feed.description().isBlank() ? feed.title() : feed.description());
        channel.setLanguage(feed.language());
        channel.setLastBuildDate(Date.from(feed.updated()));
        channel.setGenerator("Masthead");
        var self = new AtomLinkModuleImpl();
        self.setLinks(List.of(link(feed.url(FeedFormat.RSS), "self", FeedFormat.RSS.mediaType())));
        channel.getModules().add(self);
        List<Item> items = new ArrayList<>();
        for (FeedEntry entry : feed.entries()) {
            items.add(item(entry));
        }
        channel.setItems(items);
        return Xml.write(channel);
    }

    private static Item item(FeedEntry entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.url());
        Guid guid = new Guid();
        guid.setValue(entry.id());
        guid.setPermaLink(false);
        item.setGuid(guid);
        item.setPubDate(Date.from(entry.published()));
        if (!entry.summary().isEmpty()) {
            // Readers take a description as HTML: the plain excerpt is escaped so that its text stays text.
            Description description = new Description();
            description.setType("text/html");
            description.setValue(Markup.escape(entry.summary()));
            item.setDescription(description);
        }
        if (entry.contentHtml() != null) {
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(entry.contentHtml());
            item.setContent(content);
        }
        List<Category> categories = new ArrayList<>();
        for (FeedEntry.Category topic : entry.categories()) {
            Category category = new Category();
            category.setDomain(topic.url());
            category.setValue(topic.label());
            categories.add(category);
        }
        item.setCategories(categories);
        if (!entry.authors().isEmpty()) {
            var dc = new DCModuleImpl();
            dc.setCreators(entry.authors().stream().map(FeedEntry.Person::name).toList());
            item.getModules().add(dc);
        }
        if (entry.image() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(entry.image().url());
            enclosure.setLength(entry.image().length());
            enclosure.setType(entry.image().mediaType());
            item.setEnclosures(List.of(enclosure));
            var media = Xml.media(entry.image());
            if (media != null) {
                item.getModules().add(media);
            }
        }
        return item;
    }

    private static Link link(String href, String rel, String type) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
