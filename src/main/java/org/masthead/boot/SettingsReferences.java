package org.masthead.boot;

import java.util.Optional;
import java.util.function.Supplier;
import org.masthead.article.ArticleService;
import org.masthead.common.Invalid;
import org.masthead.settings.SettingsService;
import org.masthead.topic.Topic;
import org.masthead.topic.TopicService;

/**
 * The magazine's topics and pages, as the settings that name them look them up. The articles are handed in
 * late: the settings are built before them, as the editions ask the settings for their rule.
 */
record SettingsReferences(TopicService topics, Supplier<ArticleService> articles) implements SettingsService.References {
    @Override
    public Optional<String> topicNamed(String name) {
        try {
            return topics.findByName(name).map(Topic::name);
        } catch (Invalid noTopicCouldHaveIt) {
            return Optional.empty();
        }
    }

    @Override
    public boolean pageExists(String slug) {
        return articles.get().findPublishedPage(slug).isPresent();
    }
}
