-- The title and description of the card a social network shows when an article is shared, when it should differ
-- from the search-engine ones: Open Graph's (Facebook and most others) and X's (Twitter's), as Ghost's posts_meta
-- and Yoast SEO keep them. Empty for "as the other card, then as for search engines, then the article's own".
ALTER TABLE articles ADD COLUMN og_title text NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN og_description text NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN x_title text NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN x_description text NOT NULL DEFAULT '';
