-- The editorial workflow: who made an article, its version (for refusing a save made against an older
-- one), when it is scheduled, its revisions and the editors' notes; editions scheduled as a whole; and
-- the old addresses of articles whose address changed.

ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE articles ADD COLUMN kind TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'page'));
ALTER TABLE articles ADD COLUMN created_by INTEGER REFERENCES users (id);
ALTER TABLE articles ADD COLUMN scheduled_at TEXT;
CREATE INDEX articles_by_update ON articles (updated_at);
CREATE INDEX articles_due ON articles (status, scheduled_at);

CREATE TABLE article_revisions (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number         INTEGER NOT NULL,
    title          TEXT NOT NULL,
    slug           TEXT NOT NULL,
    dek            TEXT NOT NULL,
    body_format    TEXT NOT NULL,
    body_source    TEXT NOT NULL,
    lead_image_id  INTEGER,
    author_ids     TEXT NOT NULL,
    topic_ids      TEXT NOT NULL,
    saved_by       TEXT NOT NULL,
    saved_at       TEXT NOT NULL,
    UNIQUE (article_id, number)
);

CREATE TABLE article_notes (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    user_id     INTEGER REFERENCES users (id),
    written_by  TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX article_notes_by_article ON article_notes (article_id, id);

ALTER TABLE editions ADD COLUMN status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'scheduled', 'published'));
ALTER TABLE editions ADD COLUMN scheduled_at TEXT;
CREATE INDEX editions_due ON editions (status, scheduled_at);

CREATE TABLE redirects (
    path        TEXT PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL
);
