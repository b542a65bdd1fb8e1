-- The sending of the newsletter (issue 8, point 2). A send is one edition going out (or, later, a week's digest or a
-- test); only one daily send per edition can exist (the partial unique index), so publishing or scheduling an edition
-- twice, or a second server catching up, never queues it twice. status: queued, sending, done, or stopped (by an
-- admin, later). The counts are written when the send is done; until then the deliveries are counted.
CREATE TABLE newsletter_sends (
    id           INTEGER PRIMARY KEY,
    edition_id   INTEGER REFERENCES editions(id),
    kind         TEXT NOT NULL CHECK (kind IN ('daily', 'weekly', 'test')),
    subject      TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'done', 'stopped')),
    created_at   TEXT NOT NULL,
    started_at   TEXT,
    finished_at  TEXT,
    recipients   INTEGER NOT NULL DEFAULT 0,
    sent         INTEGER NOT NULL DEFAULT 0,
    failed       INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX newsletter_sends_once_per_edition ON newsletter_sends (edition_id) WHERE kind = 'daily';

-- One row per subscriber of a send, unique, so nobody is queued twice for it. A delivery is claimed ('sending', with
-- claimed_at) before its message goes to the SMTP server and marked 'sent' or 'failed' right after, each in its own
-- transaction; one found still 'sending' long after its claim was interrupted between the two and is not sent again
-- (at most once: see NewsletterSender). 'skipped' is a subscriber who left or was paused before their turn came.
-- A passing fault (the server unreachable) puts the delivery back to 'queued' with a later next_attempt_at.
CREATE TABLE newsletter_deliveries (
    id               INTEGER PRIMARY KEY,
    send_id          INTEGER NOT NULL REFERENCES newsletter_sends(id),
    subscriber_id    INTEGER NOT NULL REFERENCES subscribers(id),
    status           TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'skipped')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    next_attempt_at  TEXT NOT NULL,
    claimed_at       TEXT,
    sent_at          TEXT,
    UNIQUE (send_id, subscriber_id)
);
CREATE INDEX newsletter_deliveries_due ON newsletter_deliveries (status, next_attempt_at);
