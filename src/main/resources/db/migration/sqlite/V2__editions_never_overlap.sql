-- Two editions never share a day. SQLite has no exclusion constraints; the services check this, and
-- SQLite's single writer means no second writer can slip between their check and their insert. The
-- triggers below make the database refuse an overlap from any other writer as well.
CREATE TRIGGER editions_never_overlap_insert BEFORE INSERT ON editions
WHEN EXISTS (SELECT 1 FROM editions WHERE starts_on <= NEW.ends_on AND ends_on >= NEW.starts_on)
BEGIN
    SELECT RAISE(ABORT, 'editions would overlap');
END;

CREATE TRIGGER editions_never_overlap_update BEFORE UPDATE OF starts_on, ends_on ON editions
WHEN EXISTS (SELECT 1 FROM editions WHERE id <> NEW.id AND starts_on <= NEW.ends_on AND ends_on >= NEW.starts_on)
BEGIN
    SELECT RAISE(ABORT, 'editions would overlap');
END;
