-- Feeds and sitemaps read what has gone out across the whole archive: newest first, or month by month.
-- Neither index starts with status: a query that asks for one status would take it and read every row
-- with that status. The feed and sitemap queries name them (INDEXED BY in SQLite).
-- The latest published articles, and those of the last two days for the news sitemap, by publication time.
CREATE INDEX articles_by_publication ON articles (published_at, status, kind);
-- The months of the archive and the editions with their last change, read from this index alone (in
-- SQLite each row holds the text before these columns, so reading them from 100,000 rows takes seconds).
CREATE INDEX articles_by_month ON articles (published_on, status, kind, edition_id, updated_at, published_at);
