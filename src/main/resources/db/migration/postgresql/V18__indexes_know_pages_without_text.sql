-- Feeds, sitemaps and search leave out the articles known only from a lineup (body_format 'none'). The two
-- indexes the feed and sitemap queries name (V7) get that column too, so those queries still read the index
-- alone instead of every row (in SQLite a row holds the whole text before these columns).
DROP INDEX articles_by_publication;
CREATE INDEX articles_by_publication ON articles (published_at, status, kind, body_format);
DROP INDEX articles_by_month;
CREATE INDEX articles_by_month ON articles (published_on, status, kind, body_format, edition_id, updated_at, published_at);
