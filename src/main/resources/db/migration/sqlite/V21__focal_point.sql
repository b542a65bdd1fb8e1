-- A picture's focal point (issue 20, part 2): where, in percent across and down (0 to 100), the part that matters is,
-- so that a picture cropped to a box (a writer's round portrait, the library's tiles) keeps it in view. Null is the
-- centre, as every picture had before. (V20 is another branch's number.)
ALTER TABLE images ADD COLUMN focal_x INTEGER;
ALTER TABLE images ADD COLUMN focal_y INTEGER;
-- Whether the picture and its copies are also stored as WebP (NAME.webp beside NAME.jpg), served to browsers that take
-- it. Pictures stored before are not (0), and are served as they were. In this migration rather than one of its own:
-- the same branch adds both, and other branches hold the numbers after it.
ALTER TABLE images ADD COLUMN webp INTEGER NOT NULL DEFAULT 0;
