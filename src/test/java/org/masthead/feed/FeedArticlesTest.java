package org.masthead.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.article.ArticleStatus;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

/** The feed store on SQLite and PostgreSQL: an author's or topic's latest, found either way, are the same. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class FeedArticlesTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    @Test
    void a_topics_latest_are_the_same_whether_read_from_its_links_or_by_walking_the_archive() throws Exception {
        try (Masthead magazine = Magazines.open(kind, Files.createDirectories(dataDir.resolve("data")))) {
            LocalDate day = LocalDate.of(2024, 3, 4);
            for (int i = 0; i < 6; i++) {
                anArticle().titled("Port " + i).by("Ann Lee").about("Port").publishedOn(day.plusDays(i)).in(magazine);
                anArticle().titled("Other " + i).by("Bo Chen").about("Weather").publishedOn(day.plusDays(i)).in(magazine);
            }
            var withdrawn = anArticle().titled("Withdrawn").by("Ann Lee").about("Port").publishedOn(day.plusDays(9)).in(magazine);
            magazine.articleImports().changeStatus(SYSTEM, withdrawn.id(), ArticleStatus.UNPUBLISHED, null);
            anArticle().titled("Draft").by("Ann Lee").about("Port").in(magazine);
            long port = magazine.topics().findBySlug("port").id();
            long ann = magazine.authors().findBySlug("ann-lee").id();

            var fromLinks = new FeedArticles(magazine.database(), 1_000);
            var walking = new FeedArticles(magazine.database(), 0);

            assertThat(walking.latestByTopic(port, 4)).extracting(FeedArticles.Row::title)
                    .containsExactly("Port 5", "Port 4", "Port 3", "Port 2")
                    .isEqualTo(fromLinks.latestByTopic(port, 4).stream().map(FeedArticles.Row::title).toList());
            assertThat(walking.latestByAuthor(ann, 20)).extracting(FeedArticles.Row::title)
                    .isEqualTo(fromLinks.latestByAuthor(ann, 20).stream().map(FeedArticles.Row::title).toList())
                    .hasSize(6).doesNotContain("Withdrawn", "Draft");
        }
    }
}
