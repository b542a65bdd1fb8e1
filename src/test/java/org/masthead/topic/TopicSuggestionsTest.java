package org.masthead.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

/**
 * The suggestions beside an article in the editor, over a real magazine's topics: a name finder given here
 * that finds the same two names in any text, and an archive of a thousand articles.
 */
class TopicSuggestionsTest {
    private static final TopicSuggester.Archive THOUSAND_ARTICLES = TopicSuggester.Archive.of(() -> 1000, phrase -> 1);

    @TempDir
    Path dataDir;

    private final List<String> read = new ArrayList<>();
    private final NameFinder names = text -> {
        read.add(text);
        return List.of("Mosul", "Raqqa");
    };
    private Masthead magazine;

    @BeforeEach
    void open() {
        magazine = Magazines.open(Database.Kind.SQLITE, dataDir);
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    @Test
    void the_names_in_the_text_are_suggested_leaving_out_the_articles_own_topics() {
        Article filed = anArticle().about("Raqqa").withBody("Mosul and Raqqa.").in(magazine);
        Article unfiled = anArticle().withBody("Mosul and Raqqa.").in(magazine);
        var suggestions = new TopicSuggestions(names, () -> THOUSAND_ARTICLES, magazine.topics());

        assertThat(suggestions.forArticle(unfiled.id(), unfiled.body().html())).containsExactlyInAnyOrder("Mosul", "Raqqa");
        assertThat(suggestions.forArticle(filed.id(), filed.body().html())).containsExactly("Mosul");
    }

    @Test
    void the_names_are_looked_for_in_the_plain_text_not_in_the_markup() {
        Article article = anArticle().withBody("In *Mosul*, [Raqqa](https://example.org/raqqa) was far.").in(magazine);

        new TopicSuggestions(names, () -> THOUSAND_ARTICLES, magazine.topics()).forArticle(article.id(), article.body().html());

        assertThat(read).singleElement().asString().contains("In Mosul, Raqqa was far.").doesNotContain("<", "example.org");
    }

    @Test
    void an_archive_that_cannot_be_read_leaves_no_suggestions_instead_of_an_error() {
        Article article = anArticle().withBody("Mosul and Raqqa.").in(magazine);
        var suggestions = new TopicSuggestions(names, () -> {
            throw new IllegalStateException("the search index is locked");
        }, magazine.topics());

        assertThat(suggestions.forArticle(article.id(), article.body().html())).isEmpty();
    }
}
