-- The content model: authors, images, editions, topics, articles and the links between them.
-- Times are ISO-8601 UTC text of fixed width and dates are YYYY-MM-DD text, so text order is time order.

CREATE TABLE authors (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    bio_source  TEXT NOT NULL DEFAULT '',
    bio_html    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE images (
    id           INTEGER PRIMARY KEY,
    file_name    TEXT,
    source_url   TEXT,
    alt          TEXT NOT NULL DEFAULT '',
    caption      TEXT NOT NULL DEFAULT '',
    credit_kind  TEXT NOT NULL DEFAULT 'photo' CHECK (credit_kind IN ('photo', 'illustration', 'image')),
    credit_name  TEXT NOT NULL DEFAULT '',
    credit_url   TEXT,
    licence      TEXT NOT NULL,
    width        INTEGER,
    height       INTEGER,
    created_at   TEXT NOT NULL
);

CREATE TABLE editions (
    id          INTEGER PRIMARY KEY,
    starts_on   TEXT NOT NULL UNIQUE,
    ends_on     TEXT NOT NULL,
    label       TEXT,
    created_at  TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE topics (
    id    INTEGER PRIMARY KEY,
    slug  TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL
);

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    dek              TEXT NOT NULL DEFAULT '',
    body_format      TEXT NOT NULL CHECK (body_format IN ('markdown', 'html', 'none')),
    body_source      TEXT NOT NULL DEFAULT '',
    body_html        TEXT NOT NULL DEFAULT '',
    lead_image_id    INTEGER REFERENCES images (id),
    status           TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'scheduled', 'published', 'unpublished')),
    published_at     TEXT,
    published_on     TEXT,
    edition_id       INTEGER REFERENCES editions (id),
    lineup_position  INTEGER,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX articles_by_edition ON articles (edition_id, lineup_position);
CREATE INDEX articles_by_date ON articles (status, published_on);

CREATE TABLE article_authors (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    author_id   INTEGER NOT NULL REFERENCES authors (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_authors_by_author ON article_authors (author_id, article_id);

CREATE TABLE article_topics (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    topic_id    INTEGER NOT NULL REFERENCES topics (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (article_id, topic_id)
);
CREATE INDEX article_topics_by_topic ON article_topics (topic_id, article_id);

-- Editorial settings, edited by the magazine (share networks, edition rule, site title, ...).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- What each import made of each item it read, so a rerun updates instead of duplicating.
CREATE TABLE import_keys (
    source      TEXT NOT NULL,
    source_key  TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    PRIMARY KEY (source, source_key)
);
