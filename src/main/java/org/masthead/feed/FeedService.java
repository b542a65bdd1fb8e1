package org.masthead.feed;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.masthead.article.ArticleService;
import org.masthead.author.Author;
import org.masthead.author.AuthorService;
import org.masthead.common.NotFound;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;
import org.masthead.media.MediaService;
import org.masthead.settings.Setting;
import org.masthead.settings.SettingsService;
import org.masthead.settings.SiteSettings;
import org.masthead.topic.Topic;
import org.masthead.topic.TopicService;

/**
 * The magazine's feeds: its latest published articles, those of one author or one topic, and an edition's
 * lineup. Only published articles ever appear; a feed of something readers cannot see is {@link NotFound},
 * as its page is. Whether entries carry the whole text or an excerpt is the editorial setting
 * {@code feed.content}.
 */
public final class FeedService {
    /** How many of the latest articles a feed holds. */
    public static final int LATEST = 20;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM dd, uuuu", Locale.ENGLISH);

    private final FeedArticles articles;
    private final ArticleService articleService;
    private final FeedEntries entries;
    private final AuthorService authors;
    private final TopicService topics;
    private final EditionService editions;
    private final SettingsService settings;
    private final Supplier<URI> publicUrl;

    public FeedService(FeedStores stores, ArticleService articleService, AuthorService authors, TopicService topics, EditionService editions, MediaService media,
            SettingsService settings, Supplier<URI> publicUrl) {
        this.articles = stores.articles;
        this.articleService = articleService;
        this.entries = new FeedEntries(media);
        this.authors = authors;
        this.topics = topics;
        this.editions = editions;
        this.settings = settings;
        this.publicUrl = publicUrl;
    }

    /** The magazine's latest articles. */
    public Feed site() {
        SiteSettings site = settings.current();
        return feed(site.title(), site.tagline(), "/", articles.latest(LATEST));
    }

    /** An author's latest articles; an author the magazine does not have is {@link NotFound}. */
    public Feed author(String slug) {
        Author author = authors.findBySlug(slug);
        return feed(named(author.name()), "Articles by " + author.name() + ".", author.path(),
                articles.latestByAuthor(author.id(), LATEST));
    }

    /** The latest articles filed under a topic; a topic nothing published is filed under is {@link NotFound}. */
    public Feed topic(String slug) {
        Topic topic = topics.findBySlug(slug);
        List<FeedArticles.Row> rows = articles.latestByTopic(topic.id(), LATEST);
        if (rows.isEmpty() && !articles.anyPublished("article_topics", "topic_id", topic.id())) {
            // CASE: as its page, a topic that only drafts are filed under does not exist for readers. One that only
            // articles without a text are filed under has its page, which links this feed: an empty one.
            throw new NotFound("nothing published under " + slug);
        }
        return feed(named(topic.name()), "Articles about " + topic.name() + ".", "/topic/" + org.masthead.common.Slugs.inPath(topic.slug()) + "/", rows);
    }

    /**
     * The lineup of the edition covering a day, in its order; its page path is the edition's own (the
     * first day's), which a caller asking by another of its days can send readers on to.
     */
    public Feed edition(LocalDate day) {
        Edition edition = editions.findContaining(day).orElseThrow(() -> new NotFound("no edition on " + day));
        List<FeedArticles.Row> rows = articles.lineup(edition.id());
        if (rows.isEmpty() && !articles.anyPublishedIn(edition.id())) {
            // CASE: an edition known only from its lineup (titles, no texts) has its page, which links this feed: an empty one.
            throw new NotFound("nothing published in the edition of " + day);
        }
        String heading = (edition.hasLabel() ? edition.label() + ", " : "") + LONG_DATE.format(edition.startsOn());
        return feed(named(heading), "The lineup of " + heading + ".", edition.path(), rows);
    }

    private String named(String name) {
        return name + " – " + settings.current().title();
    }

    private Feed feed(String title, String description, String pagePath, List<FeedArticles.Row> rows) {
        String baseUrl = publicUrl.get().toString().replaceFirst("/$", "");
        boolean full = !"excerpt".equals(settings.all().get(Setting.FEED_CONTENT));
        List<FeedEntry> list = rows.stream().map(row -> entries.entry(row, baseUrl, full)).toList();
        Instant lastChange = articleService.lastPublicChange().orElse(Instant.EPOCH).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // An empty feed has changed when the magazine last did: it may have just lost its last entry.
        Instant updated = list.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(lastChange);
        return new Feed(title, description, settings.current().language(), baseUrl, pagePath, updated,
                lastChange.isAfter(updated) ? lastChange : updated, list);
    }
}
