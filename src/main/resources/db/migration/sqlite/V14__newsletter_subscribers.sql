-- Readers who asked for the newsletter. An address is one row whatever its case (the unique index on lower(email)),
-- so subscribing twice, or in capitals, never makes a second subscriber nor a second copy of an edition. A row is
-- kept after its reader leaves (status 'unsubscribed'): the time they left is the record that they asked to.
-- The token is the key in every link a subscriber gets (confirm, manage, unsubscribe); it is kept as it is, not
-- hashed, because every edition mailed must carry it. source says where the consent came from ('form', later
-- 'csv import'); failures counts permanent delivery failures, after which the sending pauses the address.
CREATE TABLE subscribers (
    id               INTEGER PRIMARY KEY,
    email            TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'unsubscribed', 'paused')),
    frequency        TEXT NOT NULL DEFAULT 'daily' CHECK (frequency IN ('daily', 'weekly')),
    token            TEXT NOT NULL UNIQUE,
    source           TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    confirmed_at     TEXT,
    unsubscribed_at  TEXT,
    failures         INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX subscribers_by_email ON subscribers (lower(email));
CREATE INDEX subscribers_by_status ON subscribers (status, frequency);

-- Requests to subscribe, per address asked for and per client, counted for an hour so that the form cannot be
-- used to flood an inbox with confirmation mail, nor to fill the table.
CREATE TABLE subscribe_attempts (
    subject  TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE INDEX subscribe_attempts_by_subject ON subscribe_attempts (subject, at);
