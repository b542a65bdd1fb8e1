-- The APIs' lists of published articles (Ghost's Content API), on a 100,000-article archive without reading
-- every row: newest first straight off an index, a featured list off its own, and the total counted in the
-- index alone. The last index tells whether an article is out, featured, and when, for the articles a topic
-- or an author links to, without reading their rows, which their text makes large.
CREATE INDEX articles_in_print ON articles (status, kind, published_at);
CREATE INDEX articles_featured_in_print ON articles (status, kind, featured, published_at);
CREATE INDEX articles_in_print_by_id ON articles (id, status, kind, featured, published_at);
