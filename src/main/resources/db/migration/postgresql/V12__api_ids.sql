-- The id the APIs give an article when it came with one of its own: a Ghost post's id, kept by the import so
-- that a front end which stored it keeps finding the post. Null for everything made here (their API id is
-- made from the row's id). Unique, so one id never names two articles.
ALTER TABLE articles ADD COLUMN api_id TEXT;
CREATE UNIQUE INDEX articles_api_id ON articles (api_id);
