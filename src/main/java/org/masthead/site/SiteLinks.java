package org.masthead.site;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.masthead.article.Article;
import org.masthead.article.ArticleService;
import org.masthead.common.Invalid;
import org.masthead.common.PageRequest;
import org.masthead.common.Slugs;
import org.masthead.settings.SiteSettings;
import org.masthead.topic.Topic;
import org.masthead.topic.TopicService;

/** The links every page's header and footer show: the chosen sections, the About and Donate pages, the year. */
final class SiteLinks {
    private final TopicService topics;
    private final ArticleService articles;
    private final Clock clock;
    private final ZoneId zone;

    SiteLinks(TopicService topics, ArticleService articles, Clock clock, ZoneId zone) {
        this.topics = topics;
        this.articles = articles;
        this.clock = clock;
        this.zone = zone;
    }

    Chrome.Links of(SiteSettings site) {
        List<TopicLink> sections = new ArrayList<>();
        for (String name : site.sections()) {
            section(name).ifPresent(sections::add);
        }
        return new Chrome.Links(sections, pagePath(site.aboutPage()), pagePath(site.donatePage()), year());
    }

    /** The year in the magazine's time zone, for the copyright line. */
    int year() {
        return clock.instant().atZone(zone).getYear();
    }

    /**
     * A chosen topic as a section, while it has a page: a topic nothing is published under yet would lead to
     * "not found". The pages showing the menu are forgotten when the topic is renamed or its list changes.
     */
    private Optional<TopicLink> section(String name) {
        Optional<Topic> topic;
        try {
            topic = topics.findByName(name);
        } catch (Invalid noTopicCouldHaveIt) {
            return Optional.empty();
        }
        return topic.filter(t -> {
            PageTags.showsTopic(t.id());
            PageTags.showsList(PageTags.topic(t.id()));
            return !articles.byTopic(t.id(), new PageRequest(1, 1)).isEmpty();
        }).map(t -> new TopicLink(t.name(), "/topic/" + Slugs.inPath(t.slug()) + "/"));
    }

    /** The address of the published page with this slug, or null when there is none (or no slug). */
    private String pagePath(String slug) {
        if (slug.isEmpty()) {
            return null;
        }
        // Whether there is one or not yet: a page coming out at that address, going or moving away forgets this one.
        PageTags.showsList(PageTags.pageAt(slug));
        return articles.findPublishedPage(slug).map(Article::path).orElse(null);
    }
}
