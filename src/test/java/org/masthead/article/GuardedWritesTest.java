package org.masthead.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.audit.AuditEntry;
import org.masthead.common.Forbidden;
import org.masthead.common.NotFound;
import org.masthead.edition.Edition;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.MutableClock;

/**
 * The doors besides the editing screen (imports, the demo, lineups, programs) ask the same policy, and the audit
 * log names who went through them.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class GuardedWritesTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Instant YESTERDAY = Instant.parse("2026-11-23T08:00:00Z");

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-24T20:00:00Z");
    private Masthead magazine;
    private Actor admin;
    private Actor author;
    private Actor contributor;

    @BeforeEach
    void open() {
        magazine = Magazines.open(kind, dataDir, clock);
        User first = magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        admin = first.asActor("");
        author = person("Au Thor", Role.AUTHOR);
        contributor = person("Con Tributor", Role.CONTRIBUTOR);
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    private Actor person(String name, Role role) {
        User user = magazine.accounts().add(admin, name, name.replace(' ', '.').toLowerCase() + "@example.org", role, PASSWORD);
        magazine.accounts().bylineOf(user.asActor(""));
        return magazine.accounts().find(user.id()).asActor("");
    }

    private Article draftBy(Actor writer, String title) {
        return magazine.workflow().write(writer, new ArticleDraft(title, null, "", Body.markdown("Words."), List.of(), List.of(),
                null), writer.authorId());
    }

    @Test
    void a_contributor_cannot_publish_their_own_draft_through_the_import_door() {
        Article draft = draftBy(contributor, "Not Yet Reviewed");

        assertThatThrownBy(() -> magazine.articleImports().publish(contributor, draft.id(), YESTERDAY))
                .isInstanceOf(Forbidden.class);

        assertThat(magazine.articles().find(draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void an_author_cannot_import_articles_under_anyones_byline() {
        var draft = new ArticleDraft("Backdated", null, "", Body.markdown("Words."), List.of(), List.of(), null);

        assertThatThrownBy(() -> magazine.articleImports().create(author, draft, ArticleKind.ARTICLE))
                .isInstanceOf(Forbidden.class);
        assertThat(magazine.articles().findPublishedBySlug("backdated")).isEmpty();
    }

    @Test
    void an_import_writes_and_publishes_and_the_audit_log_names_it() {
        Actor importer = Actor.system("Import of a WordPress export");
        var draft = new ArticleDraft("From The Archive", null, "", Body.markdown("As it was."), List.of(author.authorId()),
                List.of(), null);

        Article imported = magazine.articleImports().create(importer, draft, ArticleKind.ARTICLE);
        magazine.articleImports().publish(importer, imported.id(), YESTERDAY);

        assertThat(magazine.articles().find(imported.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(magazine.audit().about("article", imported.id()))
                .extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Import of a WordPress export", "article.created"),
                        org.assertj.core.groups.Tuple.tuple("Import of a WordPress export", "article.published"));
    }

    @Test
    void only_editors_put_an_article_in_an_edition_or_order_its_lineup() {
        Article draft = draftBy(author, "For Friday");
        Edition edition = magazine.editions().editionFor(java.time.LocalDate.of(2026, 11, 27));

        assertThatThrownBy(() -> magazine.lineups().place(author, draft.id(), edition)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> magazine.lineups().arrange(author, edition, List.of(draft.id()))).isInstanceOf(Forbidden.class);

        assertThat(magazine.articles().find(draft.id()).editionId()).isNull();
        assertThat(magazine.lineups().place(admin, draft.id(), edition).editionId()).isEqualTo(edition.id());
    }

    @Test
    void only_an_editor_features_an_article_and_the_author_may_still_describe_it() {
        Article mine = draftBy(author, "Mine To Describe");
        var presenting = new PresentationDesk(magazine.database(), magazine.articles(), magazine.audit());
        Seo seo = new Seo("For search engines", "", null, Seo.Social.NONE);

        assertThatThrownBy(() -> presenting.feature(author, mine.id(), true)).isInstanceOf(Forbidden.class);
        assertThat(presenting.describe(author, mine.id(), seo).seo()).isEqualTo(seo);
        assertThatThrownBy(() -> presenting.describe(contributor, mine.id(), seo)).as("not theirs to see")
                .isInstanceOf(NotFound.class);

        assertThat(presenting.feature(admin, mine.id(), true).featured()).isTrue();
        assertThat(magazine.audit().about("article", mine.id())).extracting(AuditEntry::action)
                .contains("article.seo", "article.featured");
    }
}
