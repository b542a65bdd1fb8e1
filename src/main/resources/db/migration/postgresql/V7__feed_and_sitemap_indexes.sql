-- Feeds and sitemaps read what has gone out, newest first or month by month, across the whole archive.
-- The latest published articles (and those of the last two days, for the news sitemap) by publication time.
CREATE INDEX articles_by_publication ON articles (status, kind, published_at, id);
-- The months of the archive with their last change, and the editions with theirs, read from this index alone
-- (in SQLite the row itself holds the text before these columns, so reading them from each row is slow).
CREATE INDEX articles_by_month ON articles (status, kind, published_on, edition_id, updated_at, published_at);
