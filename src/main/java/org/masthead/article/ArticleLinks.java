package org.masthead.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.masthead.author.Byline;

/**
 * The authors and topics of many articles at once, each article's in the order it gives them: one query per
 * kind of link for a whole list, feed or batch to index, never one per article. The stores that show articles
 * (lists, feeds, search documents, the APIs' catalog) read their bylines and topics here, each choosing the
 * columns it needs: in them the link is {@code l}, the author {@code w} and the topic {@code t}. Every article
 * asked for that has none is missing from the map.
 */
public final class ArticleLinks {
    private ArticleLinks() {}

    /** The bylines of the articles: each author's id, slug and name. */
    public static Map<Long, List<Byline>> bylines(Handle h, Collection<Long> articleIds) {
        return authors(h, articleIds, "w.id, w.slug, w.name", "",
                (rs, ctx) -> new Byline(rs.getLong("id"), rs.getString("slug"), rs.getString("name")));
    }

    /** The authors of the articles, as the columns chosen make them; {@code joins} may join more to {@code w}. */
    public static <T> Map<Long, List<T>> authors(Handle h, Collection<Long> articleIds, String columns, String joins,
            RowMapper<T> author) {
        return linked(h, articleIds, "article_authors l JOIN authors w ON w.id = l.author_id" + joins, columns, author);
    }

    /** The topics of the articles, as the columns chosen make them. */
    public static <T> Map<Long, List<T>> topics(Handle h, Collection<Long> articleIds, String columns, RowMapper<T> topic) {
        return linked(h, articleIds, "article_topics l JOIN topics t ON t.id = l.topic_id", columns, topic);
    }

    private static <T> Map<Long, List<T>> linked(Handle h, Collection<Long> articleIds, String from, String columns,
            RowMapper<T> item) {
        Map<Long, List<T>> linked = new HashMap<>();
        if (articleIds.isEmpty()) {
            return linked;
        }
        h.createQuery("SELECT l.article_id, " + columns + " FROM " + from
                        + " WHERE l.article_id IN (<ids>) ORDER BY l.article_id, l.position")
                .bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> Map.entry(rs.getLong("article_id"), item.map(rs, ctx)))
                .forEach(e -> linked.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return linked;
    }
}
