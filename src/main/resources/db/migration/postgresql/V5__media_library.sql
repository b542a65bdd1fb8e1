-- The media library: who uploaded a picture, what it was called, its type and size, and the widths of
-- the smaller copies made for responsive images (srcset).
ALTER TABLE images ADD COLUMN original_name text NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN media_type text NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN byte_size bigint NOT NULL DEFAULT 0;
ALTER TABLE images ADD COLUMN variants text NOT NULL DEFAULT '';
ALTER TABLE images ADD COLUMN uploaded_by bigint REFERENCES users (id);
CREATE INDEX images_by_creation ON images (created_at);
