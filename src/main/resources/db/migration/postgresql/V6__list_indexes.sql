-- The editors' list: filtered by publication days whatever the status, paged by last change, and
-- searched by the words of the title.
CREATE INDEX articles_by_published_on ON articles (published_on);
DROP INDEX articles_by_update;
CREATE INDEX articles_by_update ON articles (updated_at, id);
CREATE INDEX articles_by_title_words ON articles USING gin (to_tsvector('simple', title));
