package org.masthead.platform;

import java.util.List;
import org.masthead.article.ArticleService;
import org.masthead.author.AuthorService;
import org.masthead.demo.DemoMagazine;
import org.masthead.edition.EditionService;
import org.masthead.importer.ImportService;
import org.masthead.media.MediaService;
import org.masthead.settings.SettingsService;
import org.masthead.site.SiteRoutes;
import org.masthead.topic.TopicService;

/**
 * The composition root: builds every service once, by hand, from the configuration. The commands and the
 * tests start here; nothing else constructs services.
 */
public final class Masthead implements AutoCloseable {
    private final Config config;
    private final Database database;
    private final SettingsService settings;
    private final EditionService editions;
    private final AuthorService authors;
    private final ArticleService articles;
    private final TopicService topics;
    private final MediaService media;
    private final ImportService imports;
    private HttpServer http;

    private Masthead(Config config, Database database) {
        this.config = config;
        this.database = database;
        this.settings = new SettingsService(database);
        this.editions = new EditionService(database, settings::editionRule);
        this.authors = new AuthorService(database);
        this.articles = new ArticleService(database, editions, config.timezone());
        this.topics = new TopicService(database);
        this.media = new MediaService(database, config.dataDir().resolve("media"));
        this.imports = new ImportService(database, articles, authors, editions, media);
    }

    /** Opens the magazine's storage (migrating it) and builds the services; serves nothing yet. */
    public static Masthead open(Config config) {
        return new Masthead(config, Database.open(config));
    }

    /** Fills a magazine created by this start, and still empty, with the demo content; returns whether it did. */
    public boolean seedDemoIfNew() {
        if (!database.createdNow() || authors.count() > 0) {
            return false;
        }
        new DemoMagazine(database, articles, authors, topics, media, settings).seed();
        return true;
    }

    /** Starts the public site; returns the port it listens on. */
    public int serve() {
        var site = new SiteRoutes(articles, authors, editions, media, settings, () -> config.publicUrl(http.port()));
        http = new HttpServer(List.of(site::register), site::errorPage);
        return http.start(config.host(), config.port());
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return database;
    }

    public SettingsService settings() {
        return settings;
    }

    public EditionService editions() {
        return editions;
    }

    public AuthorService authors() {
        return authors;
    }

    public ArticleService articles() {
        return articles;
    }

    public TopicService topics() {
        return topics;
    }

    public MediaService media() {
        return media;
    }

    public ImportService imports() {
        return imports;
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop();
        }
        database.close();
    }
}
