package org.masthead.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.article.Article;
import org.masthead.common.Actor;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleImports;
import org.masthead.article.ArticleKind;
import org.masthead.article.ArticleService;
import org.masthead.article.Body;
import org.masthead.author.Author;
import org.masthead.author.AuthorService;
import org.masthead.edition.EditionRule;
import org.masthead.edition.EditionSpan;
import org.masthead.media.CreditKind;
import org.masthead.media.Licence;
import org.masthead.media.MediaService;
import org.masthead.media.ImageDetails;
import org.masthead.platform.Database;
import org.masthead.settings.Setting;
import org.masthead.settings.SettingsService;
import org.masthead.topic.TopicService;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Fills a brand-new magazine with the demo content in {@code demo/magazine.yaml}, so that a newcomer sees
 * every element at once. The editions are the most recent ones before today, so the demo looks current.
 */
public final class DemoMagazine {
    private static final int EDITIONS = 5;

    record Content(Site site, List<PageEntry> pages, List<AuthorEntry> authors, List<ImageEntry> images,
            List<ArticleEntry> articles) {}

    record Site(String title, String tagline, List<String> sections) {}

    record PageEntry(String slug, String title, String dek, String body) {}

    record AuthorEntry(String key, String name, String bio) {}

    record ImageEntry(String key, String credit, String creditUrl, String kind, String licence, String alt,
            String caption, long seed, String palette) {}

    record ArticleEntry(int edition, String title, String dek, List<String> authors, List<String> topics, String image,
            String body) {}

    private final Database db;
    private final ArticleService articles;
    private final ArticleImports imports;
    private final AuthorService authors;
    private final TopicService topics;
    private final MediaService media;
    private final SettingsService settings;
    /** In the magazine's time zone: "today" is the magazine's. */
    private final java.time.Clock clock;

    public DemoMagazine(Database db, ArticleService articles, ArticleImports imports, AuthorService authors, TopicService topics,
            MediaService media, SettingsService settings, java.time.Clock clock) {
        this.db = db;
        this.articles = articles;
        this.imports = imports;
        this.authors = authors;
        this.topics = topics;
        this.media = media;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * On the first serve a magazine ever has, fills it with the demo content if it is still empty (people
     * added with `user add` beforehand do not count; anything imported does) and the demo is wanted.
     * Later serves never add it, even to a magazine started empty. Returns whether it added the demo.
     */
    public boolean seedOnFirstServe(boolean wanted) {
        return db.write(h -> {
            if (!settings.markFirstServe(clock.instant()) || !wanted || authors.count() > 0) {
                return false;
            }
            seed();
            return true;
        });
    }

    /** Adds the demo content in one transaction, dated to the editions that ended before today. */
    public void seed() {
        Content content = load();
        List<LocalDate> editionDays = recentEditionDays(LocalDate.now(clock), settings.editionRule());
        // The demo's articles are the system's, written and published as "demo" in the audit log.
        Actor demo = Actor.system("demo");
        db.inTransaction(() -> {
            settings.set(Setting.SITE_TITLE, content.site().title());
            settings.set(Setting.SITE_TAGLINE, content.site().tagline());
            Map<String, Author> writers = new HashMap<>();
            for (AuthorEntry entry : content.authors()) {
                writers.put(entry.key(), authors.setBio(authors.findOrCreate(entry.name()), entry.bio()));
            }
            Map<String, Long> images = new HashMap<>();
            for (ImageEntry entry : content.images()) {
                images.put(entry.key(), addImage(demo, entry));
            }
            int[] published = new int[EDITIONS];
            for (ArticleEntry entry : content.articles()) {
                List<Long> byline = entry.authors().stream().map(key -> writers.get(key).id()).toList();
                List<Long> topicIds = entry.topics().stream().map(name -> topics.findOrCreate(name).id()).toList();
                Article article = imports.create(demo, new ArticleDraft(entry.title(), null, entry.dek(),
                        Body.markdown(entry.body()), byline, topicIds, entry.image() == null ? null : images.get(entry.image())),
                        ArticleKind.ARTICLE);
                LocalDate day = editionDays.get(entry.edition());
                var at = articles.startOf(day).plus(Duration.ofHours(6).plusMinutes(published[entry.edition()]++));
                imports.publish(demo, article.id(), at);
            }
            for (PageEntry entry : content.pages()) {
                Article page = imports.create(demo, new ArticleDraft(entry.title(), entry.slug(), entry.dek(),
                        Body.markdown(entry.body()), List.of(), List.of(), null), ArticleKind.PAGE);
                imports.publish(demo, page.id(), articles.startOf(editionDays.getLast()));
            }
            // After the articles, which file the topics the sections name.
            settings.set(Setting.SITE_SECTIONS, String.join("\n", content.site().sections()));
        });
    }

    /** A demo picture goes through the same pipeline as an upload: its smaller copies and WebP make the demo as fast as a real magazine. */
    private long addImage(Actor demo, ImageEntry entry) {
        Licence licence = Licence.parse(entry.licence()).orElseThrow();
        return media.uploadImported(demo, "demo-" + entry.key() + ".jpg", DemoArtwork.draw(entry.palette(), entry.seed()),
                new ImageDetails(entry.alt(), entry.caption(), CreditKind.fromCode(entry.kind()), entry.credit(), entry.creditUrl(),
                        licence)).id();
    }

    /** The first day of each of the last editions before today, newest first. */
    static List<LocalDate> recentEditionDays(LocalDate today, EditionRule rule) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = today.minusDays(1);
        while (days.size() < EDITIONS) {
            EditionSpan span = rule.spanFor(day);
            days.add(span.startsOn());
            day = span.startsOn().minusDays(1);
        }
        return days;
    }

    private static Content load() {
        try (InputStream in = DemoMagazine.class.getResourceAsStream("/demo/magazine.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the demo content is missing from the build");
            }
            return YAMLMapper.builder().build().readValue(in, Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
