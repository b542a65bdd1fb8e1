-- An editor's "ready" on a piece in review (issue 20, point 4): when and by whom it was marked ready to go out.
-- Null while nobody has marked it, and again after any change of status or a writer's later change to its text.
ALTER TABLE articles ADD COLUMN ready_at timestamptz;
ALTER TABLE articles ADD COLUMN ready_by text;
