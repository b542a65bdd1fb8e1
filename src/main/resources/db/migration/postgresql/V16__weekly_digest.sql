-- The weekly digest (issue 8, point 2): a send of kind 'weekly' for the editions that went out in the seven days
-- before it. week_of is the Monday of the week it belongs to, unique among weekly sends, so a digest goes out once a
-- week however often the scheduler looks (after a restart, or from a second server). covers_from and covers_until
-- are the stretch of time whose editions it carries, kept so that a send resumed later carries the same ones.
ALTER TABLE newsletter_sends ADD COLUMN week_of date;
ALTER TABLE newsletter_sends ADD COLUMN covers_from timestamptz;
ALTER TABLE newsletter_sends ADD COLUMN covers_until timestamptz;
CREATE UNIQUE INDEX newsletter_sends_once_per_week ON newsletter_sends (week_of) WHERE kind = 'weekly';
