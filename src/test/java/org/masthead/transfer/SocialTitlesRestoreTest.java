package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.Seo;
import org.masthead.importer.ImportProgress;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

/** An article's sharing texts go through an export and a restore; an archive from before them still restores. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class SocialTitlesRestoreTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    private static final Seo.Social SOCIAL = new Seo.Social("Shared widely", "On every network.", "Shared on X", "");

    @Parameter
    Database.Kind kind;

    @TempDir
    Path temp;

    private Masthead source;
    private Masthead target;
    private Path archive;

    @BeforeEach
    void exportAnArticleWithSharingTexts() {
        source = Magazines.open(kind, temp.resolve("source"));
        Article article = anArticle().titled("Harbour wall").withBody("Mended.").publishedOn(LocalDate.of(2024, 3, 4)).in(source);
        source.articleImports().setSeo(SYSTEM, article.id(), new Seo("Harbour wall mended", "", null, SOCIAL));
        archive = temp.resolve("export.zip");
        source.export().export(archive, false, MagazineExport.Progress.NONE);
        target = Magazines.open(kind, temp.resolve("target"));
    }

    @AfterEach
    void close() {
        target.close();
        source.close();
    }

    private Seo restored() {
        return target.articles().findPublishedBySlug("harbour-wall").orElseThrow().seo();
    }

    @Test
    void a_restore_keeps_the_open_graph_and_x_texts() {
        target.imports().restore(archive, ImportProgress.NONE);

        assertThat(restored()).isEqualTo(new Seo("Harbour wall mended", "", null, SOCIAL));
    }

    @Test
    void an_archive_written_before_the_sharing_texts_restores_with_none() {
        Path older = Archives.rewrite(archive, temp.resolve("older.zip"), Map.of("tables/articles.jsonl",
                text -> text.replaceAll(",?\"(og_title|og_description|x_title|x_description)\":\"[^\"]*\"", "")), Map.of());
        assertThat(Archives.contents(older).get("tables/articles.jsonl")).asString().doesNotContain("og_title");

        target.imports().restore(older, ImportProgress.NONE);

        assertThat(restored()).isEqualTo(new Seo("Harbour wall mended", "", null));
    }
}
