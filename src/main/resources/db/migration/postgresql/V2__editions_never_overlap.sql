-- Two editions never share a day. The services check this (under an advisory lock); the database
-- guarantees it too, against any other writer.
ALTER TABLE editions ADD CONSTRAINT editions_never_overlap
    EXCLUDE USING gist (daterange(starts_on, ends_on, '[]') WITH &&);
