package org.masthead.topic;

import java.util.List;
import java.util.function.Supplier;
import org.masthead.markup.Markup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topics offered to an editor beside an article: the names in its text that are not among its topics yet,
 * ranked against the archive as it is when asked. Only ever an offer, so a failure to find them must never keep
 * the editor from the article (or lose what was typed): then there are none.
 */
public final class TopicSuggestions {
    private static final Logger log = LoggerFactory.getLogger(TopicSuggestions.class);

    private final NameFinder names;
    private final Supplier<TopicSuggester.Archive> archive;
    private final TopicService topics;

    /** {@code archive} is asked at each suggestion: the search index it reads may open late, or fail to. */
    public TopicSuggestions(NameFinder names, Supplier<TopicSuggester.Archive> archive, TopicService topics) {
        this.names = names;
        this.archive = archive;
        this.topics = topics;
    }

    /** Names worth filing the article under, best first, from its body (sanitized HTML); none when they cannot be found. */
    public List<String> forArticle(long articleId, String bodyHtml) {
        try {
            var suggester = new TopicSuggester(names, archive.get(), topics::existingSlugs);
            return suggester.suggest(Markup.plainText(bodyHtml), topics.ofArticle(articleId).stream().map(Topic::name).toList());
        } catch (RuntimeException e) {
            log.warn("No topic suggestions for article {}", articleId, e);
            return List.of();
        }
    }
}
