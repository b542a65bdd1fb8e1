package org.masthead.search;

import java.time.ZoneOffset;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an article is laid out in the OpenSearch index: the same fields and analysis as {@link LuceneSchema} (English
 * stemming for the text, plain words for names, the stop words Lucene drops), so both engines find the same
 * articles. Changing anything here raises {@link #VERSION}: an index of another version is created again, empty,
 * and rebuilt.
 */
final class OpenSearchSchema {
    static final String VERSION = "1";

    static final String TEXT = "masthead_text";
    static final String NAMES = "masthead_names";

    /** The fields searched, each weighted as in {@link LuceneSchema#WEIGHTS}. */
    static final String[] WEIGHTED = {"title^5", "dek^2", "authors^4", "topics^3", "body"};

    static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenSearchSchema() {}

    /**
     * The index's settings and mapping. One shard: an archive of a magazine fits in one many times over, and scores
     * (and so the order of results and what counts as related) are then those of one index, as with Lucene. A copy
     * on every other node of a cluster of up to three, so that any node answers if another is down.
     */
    static String definition() {
        return """
                {"settings": {"index": {"number_of_shards": 1, "auto_expand_replicas": "0-2", "refresh_interval": "-1",
                   "max_result_window": 20000},
                 "analysis": {
                   "filter": {
                     "masthead_possessive": {"type": "stemmer", "language": "possessive_english"},
                     "masthead_stop": {"type": "stop", "stopwords": "_english_"}},
                   "analyzer": {
                     "%s": {"type": "custom", "tokenizer": "standard",
                       "filter": ["masthead_possessive", "lowercase", "asciifolding", "masthead_stop", "porter_stem"]},
                     "%s": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding", "masthead_stop"]}}}},
                 "mappings": {"dynamic": "strict", "_meta": {"schema": "%s"},
                   "properties": {
                     "id": {"type": "long"},
                     "path": {"type": "keyword", "index": false},
                     "published_on": {"type": "keyword", "index": false},
                     "title": {"type": "text", "analyzer": "%1$s", "index_options": "offsets"},
                     "dek": {"type": "text", "analyzer": "%1$s"},
                     "body": {"type": "text", "analyzer": "%1$s", "index_options": "offsets"},
                     "spell": {"type": "text", "analyzer": "%2$s", "index_options": "docs", "norms": false},
                     "authors": {"type": "text", "analyzer": "%2$s"},
                     "topics": {"type": "text", "analyzer": "%2$s"},
                     "author_slug": {"type": "keyword"},
                     "topic_slug": {"type": "keyword"},
                     "author_facet": {"type": "keyword"},
                     "topic_facet": {"type": "keyword"},
                     "year": {"type": "keyword"},
                     "has_body": {"type": "boolean"},
                     "published": {"type": "long"},
                     "card_authors": {"type": "object", "enabled": false}}}}
                """.formatted(TEXT, NAMES, VERSION);
    }

    /** The article as the index keeps it: what is searched, and the card a result shows. */
    static ObjectNode document(SearchDocument article) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("id", article.id());
        doc.put("path", article.path());
        doc.put("published_on", article.publishedOn().toString());
        doc.put("title", article.title());
        doc.put("dek", article.dek());
        doc.put("body", article.body());
        doc.put("spell", article.title() + "\n" + article.dek() + "\n" + article.body());
        doc.put("year", Integer.toString(article.publishedOn().getYear()));
        ArrayNode names = doc.putArray("authors");
        ArrayNode slugs = doc.putArray("author_slug");
        ArrayNode facets = doc.putArray("author_facet");
        ArrayNode cards = doc.putArray("card_authors");
        for (SearchDocument.Label author : article.authors()) {
            names.add(author.name());
            slugs.add(author.slug());
            facets.add(LuceneSchema.label(author));
            cards.addObject().put("slug", author.slug()).put("name", author.name());
        }
        ArrayNode topics = doc.putArray("topics");
        ArrayNode topicSlugs = doc.putArray("topic_slug");
        ArrayNode topicFacets = doc.putArray("topic_facet");
        for (SearchDocument.Label topic : article.topics()) {
            topics.add(topic.name());
            topicSlugs.add(topic.slug());
            topicFacets.add(LuceneSchema.label(topic));
        }
        doc.put("has_body", article.hasBody());
        doc.put("published", article.publishedAt() != null ? article.publishedAt().getEpochSecond()
                : article.publishedOn().atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        return doc;
    }
}
