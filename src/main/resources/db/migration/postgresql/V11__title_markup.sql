-- A title as the system it came from showed it, with its inline markup ("Title <em>With</em> Markup"), sanitized
-- to inline elements; null when the title is plain text, and again once an editor gives the article another title.
-- The title column keeps the plain text every other use reads: the page's <title>, feeds, search, the APIs.
ALTER TABLE articles ADD COLUMN title_html TEXT;
