-- Webhooks: the addresses an admin asked to be told at when a piece is published, edited once out, or taken
-- down; each event sent as a delivery kept until the receiver took it (or every try failed), so a restart
-- loses nothing and the newsroom can read what was sent; and what was last announced of each article, so a
-- change can be told apart from a first publication (an article only known from the time it was first seen has
-- an empty snapshot: its version then tells a save from a move in a lineup).

CREATE TABLE webhooks (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL,
    event              TEXT NOT NULL,
    target_url         TEXT NOT NULL,
    secret             TEXT NOT NULL,
    active             INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    last_triggered_at  TEXT,
    stopped_reason     TEXT
);
CREATE INDEX webhooks_by_event ON webhooks (event, active);

CREATE TABLE webhook_deliveries (
    id                INTEGER PRIMARY KEY,
    webhook_id        INTEGER NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    event             TEXT NOT NULL,
    article_id        INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    title             TEXT NOT NULL DEFAULT '',
    payload           TEXT NOT NULL,
    test              INTEGER NOT NULL DEFAULT 0,
    attempts          INTEGER NOT NULL DEFAULT 0,
    status            TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    next_attempt_at   TEXT,
    last_attempt_at   TEXT,
    last_status_code  INTEGER,
    last_error        TEXT,
    created_at        TEXT NOT NULL,
    delivered_at      TEXT
);
-- The worker's question, "what is due?", reads only the deliveries still waiting.
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, id);

CREATE TABLE webhook_announcements (
    article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    published   INTEGER NOT NULL,
    snapshot    TEXT NOT NULL,
    version     INTEGER NOT NULL,
    seen_at     TEXT NOT NULL
);
