-- The media library: who uploaded a picture, what it was called, its type and size, and the widths of
-- the smaller copies made for responsive images (srcset).
ALTER TABLE images ADD COLUMN original_name TEXT NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN media_type TEXT NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN byte_size INTEGER NOT NULL DEFAULT 0;
ALTER TABLE images ADD COLUMN variants TEXT NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN uploaded_by INTEGER REFERENCES users (id);
CREATE INDEX images_by_creation ON images (created_at);
