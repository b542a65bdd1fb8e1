-- The editors' list: filtered by publication days whatever the status, and paged by last change.
CREATE INDEX articles_by_published_on ON articles (published_on);
DROP INDEX articles_by_update;
CREATE INDEX articles_by_update ON articles (updated_at, id);
