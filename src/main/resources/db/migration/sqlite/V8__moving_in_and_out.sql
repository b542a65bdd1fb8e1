-- Moving in and out: what WordPress and Ghost keep of a post, an author and a tag that the magazine had no
-- place for (featured or sticky, search-engine titles and descriptions, a canonical address; a writer's
-- website, location, social accounts and picture; a topic's description and parent), files that are not
-- pictures, what each import last read of each item, and the keys programs use to call the APIs.

ALTER TABLE articles ADD COLUMN featured INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN meta_title TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN meta_description TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN canonical_url TEXT;
-- The home page's featured articles, newest first, without reading the archive.
CREATE INDEX articles_featured ON articles (featured, published_at);

ALTER TABLE authors ADD COLUMN email TEXT;
ALTER TABLE authors ADD COLUMN website TEXT;
ALTER TABLE authors ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE authors ADD COLUMN twitter TEXT;
ALTER TABLE authors ADD COLUMN facebook TEXT;
ALTER TABLE authors ADD COLUMN profile_image_id INTEGER REFERENCES images (id);

ALTER TABLE topics ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE topics ADD COLUMN parent_id INTEGER REFERENCES topics (id);

-- Files an article links to that are not pictures (a PDF, a recording): kept under DATA/media/files/, or
-- known only by the address they had.
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT,
    source_url  TEXT,
    title       TEXT NOT NULL DEFAULT '',
    media_type  TEXT NOT NULL DEFAULT '',
    byte_size   INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);

-- A digest of what an import read of an item the last time, so a rerun of an unchanged file skips it.
ALTER TABLE import_keys ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';

-- Keys for the APIs, as Ghost's are: a content key is 26 hex characters sent as ?key=; an admin key is an
-- id of 24 hex characters and a secret of 64 that signs the caller's tokens (so the secret is kept).
CREATE TABLE api_keys (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('content', 'admin')),
    name          TEXT NOT NULL,
    public_id     TEXT NOT NULL UNIQUE,
    secret        TEXT,
    created_at    TEXT NOT NULL,
    last_used_at  TEXT,
    revoked_at    TEXT
);
