package org.masthead.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleListItem;
import org.masthead.article.ArticleStatus;
import org.masthead.article.ArticleSummary;
import org.masthead.article.Body;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.edition.EditionStatus;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import org.masthead.support.MutableClock;

/** An edition loaded the night before and sent out as a whole, on both databases. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class EditionDeskTest {
    private static final String PASSWORD = "correct horse battery";
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 26);
    private static final Instant SIX_AM = Instant.parse("2026-11-26T06:00:00Z");

    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-11-25T21:30:00Z");
    private Masthead magazine;
    private EditionDesk desk;
    private Actor editor;
    private Actor contributor;

    private org.masthead.platform.Config config;

    @BeforeEach
    void open() {
        config = Magazines.config(kind, dataDir);
        magazine = Masthead.open(config, clock);
        desk = magazine.editionDesk();
        User admin = magazine.accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        editor = person(admin, "Ed Itor", Role.EDITOR);
        contributor = person(admin, "Con Tributor", Role.CONTRIBUTOR);
    }

    @AfterEach
    void close() {
        magazine.close();
    }

    private Actor person(User admin, String name, Role role) {
        User user = magazine.accounts().add(admin.asActor(""), name, name.replace(' ', '.').toLowerCase() + "@example.org", role, PASSWORD);
        magazine.accounts().bylineOf(user.asActor(""));
        return magazine.accounts().find(user.id()).asActor("");
    }

    private Article piece(String title) {
        return magazine.workflow().write(contributor, new ArticleDraft(title, null, "", Body.markdown("Words."), List.of(),
                List.of(), null), contributor.authorId());
    }

    private Edition tomorrowWith(String... titles) {
        Edition edition = desk.create(editor, EditionSpan.day(TOMORROW));
        for (String title : titles) {
            desk.add(editor, edition.id(), piece(title).id());
        }
        return edition;
    }

    private List<String> publicLineup(Edition edition) {
        return magazine.articles().lineups(List.of(edition), null, null).getOrDefault(edition.id(), List.of()).stream()
                .map(ArticleSummary::title).toList();
    }

    @Test
    void a_scheduled_edition_goes_out_whole_at_its_time_in_its_order_exactly_once() {
        Edition edition = tomorrowWith("First Piece", "Second Piece", "Third Piece");
        long third = desk.open(editor, edition.id()).lineup().get(2).id();
        desk.move(editor, edition.id(), third, -1);
        desk.move(editor, edition.id(), third, -1);

        desk.schedule(editor, edition.id(), SIX_AM);

        assertThat(desk.open(editor, edition.id()).lineup()).extracting(ArticleListItem::status).containsOnly(ArticleStatus.SCHEDULED);
        assertThat(magazine.scheduler().runDue()).isZero();
        assertThat(publicLineup(edition)).isEmpty();
        clock.set(SIX_AM);
        assertThat(magazine.scheduler().runDue()).isEqualTo(3);
        assertThat(magazine.scheduler().runDue()).isZero();
        assertThat(publicLineup(edition)).containsExactly("Third Piece", "First Piece", "Second Piece");
        Edition out = magazine.editions().find(edition.id());
        assertThat(out.status()).isEqualTo(EditionStatus.PUBLISHED);
        Article first = magazine.articles().findPublishedBySlug("first-piece").orElseThrow();
        assertThat(first.publishedAt()).isEqualTo(SIX_AM);
        assertThat(first.publishedOn()).isEqualTo(TOMORROW);
        assertThat(magazine.audit().about("edition", edition.id())).extracting(e -> e.action())
                .contains("edition.scheduled", "edition.published");
    }

    @Test
    void an_edition_due_while_the_server_was_down_goes_out_when_it_starts() throws Exception {
        Edition edition = tomorrowWith("Overnight Piece");
        desk.schedule(editor, edition.id(), SIX_AM);
        magazine.close();
        clock.set(SIX_AM.plus(Duration.ofHours(3)));

        magazine = Masthead.open(config, clock);
        magazine.scheduler().start();

        Article out = await().atMost(Duration.ofSeconds(5))
                .until(() -> magazine.articles().findPublishedBySlug("overnight-piece"), java.util.Optional::isPresent).orElseThrow();
        assertThat(out.publishedAt()).as("dated when it was due, not when the server came back").isEqualTo(SIX_AM);
    }

    @Test
    void an_article_added_to_a_scheduled_edition_goes_out_with_it() {
        Edition edition = tomorrowWith("Early Piece");
        desk.schedule(editor, edition.id(), SIX_AM);

        desk.add(editor, edition.id(), piece("Late Addition").id());

        assertThat(desk.open(editor, edition.id()).lineup()).extracting(ArticleListItem::status)
                .containsExactly(ArticleStatus.SCHEDULED, ArticleStatus.SCHEDULED);
        clock.set(SIX_AM);
        magazine.scheduler().runDue();
        assertThat(publicLineup(edition)).containsExactly("Early Piece", "Late Addition");
    }

    @Test
    void an_edition_goes_out_on_one_of_its_own_days_at_a_time_to_come() {
        Edition edition = tomorrowWith("Any Piece");

        assertThatThrownBy(() -> desk.schedule(editor, edition.id(), SIX_AM.plus(Duration.ofDays(1))))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.getMessage()).contains("one of its own days"));
        assertThatThrownBy(() -> desk.schedule(editor, edition.id(), clock.instant().minusSeconds(60)))
                .isInstanceOf(Invalid.class);
        Edition empty = desk.create(editor, EditionSpan.day(TOMORROW.plusDays(1)));
        assertThatThrownBy(() -> desk.schedule(editor, empty.id(), SIX_AM.plus(Duration.ofDays(1))))
                .hasMessageContaining("nothing to send out");
    }

    @Test
    void an_edition_with_a_piece_not_ready_is_refused_whole_naming_the_piece() {
        Edition edition = tomorrowWith("Ready Piece", "Uncredited Piece");
        long uncredited = desk.open(editor, edition.id()).lineup().get(1).id();
        var bare = new org.masthead.media.ImageDetails("", "", org.masthead.media.CreditKind.PHOTO, "", null,
                org.masthead.media.Licence.CC_BY_4_0);
        var picture = magazine.media().upload(editor, "bare.jpg", org.masthead.support.Pictures.jpeg(80, 60), bare);
        magazine.workflow().chooseLeadImage(editor, uncredited, picture.id());

        assertThatThrownBy(() -> desk.schedule(editor, edition.id(), SIX_AM)).isInstanceOfSatisfying(Invalid.class, e -> {
            assertThat(e.field()).isNull();
            assertThat(e.getMessage()).startsWith("“Uncredited Piece” cannot go out yet").contains("alt text and a credit");
        });
        assertThat(desk.open(editor, edition.id()).lineup()).extracting(ArticleListItem::status).containsOnly(ArticleStatus.DRAFT);
        assertThat(magazine.editions().find(edition.id()).status()).isEqualTo(EditionStatus.OPEN);
    }

    @Test
    void unscheduling_an_edition_keeps_its_lineup_and_sends_nothing_out() {
        Edition edition = tomorrowWith("Held Piece");
        desk.schedule(editor, edition.id(), SIX_AM);

        desk.unschedule(editor, edition.id());
        clock.set(SIX_AM.plus(Duration.ofHours(1)));

        assertThat(magazine.scheduler().runDue()).isZero();
        assertThat(desk.open(editor, edition.id()).lineup()).extracting(ArticleListItem::title, ArticleListItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Held Piece", ArticleStatus.DRAFT));
    }

    @Test
    void only_editors_build_editions() {
        assertThatThrownBy(() -> desk.create(contributor, EditionSpan.day(TOMORROW))).isInstanceOf(Forbidden.class);
        Edition edition = desk.create(editor, EditionSpan.day(TOMORROW));
        assertThatThrownBy(() -> desk.add(contributor, edition.id(), piece("Sneaky").id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> desk.schedule(contributor, edition.id(), SIX_AM)).isInstanceOf(Forbidden.class);
    }

    @Test
    void adding_several_articles_puts_them_at_the_end_of_the_lineup_in_the_order_given() {
        Edition edition = tomorrowWith("Already In");
        long first = piece("Chosen First").id();
        long second = piece("Chosen Second").id();

        desk.add(editor, edition.id(), List.of(second, first));

        assertThat(desk.open(editor, edition.id()).lineup()).extracting(ArticleListItem::title)
                .containsExactly("Already In", "Chosen Second", "Chosen First");
    }

    @Test
    void arranging_sets_the_whole_lineup_in_one_step() {
        Edition edition = tomorrowWith("One", "Two", "Three");
        List<Long> ids = desk.open(editor, edition.id()).lineup().stream().map(ArticleListItem::id).toList();

        desk.arrange(editor, edition.id(), List.of(ids.get(2), ids.get(0), ids.get(1)));

        assertThat(desk.open(editor, edition.id()).lineup()).extracting(ArticleListItem::title).containsExactly("Three", "One", "Two");
        assertThat(magazine.audit().about("edition", edition.id())).extracting(e -> e.action()).contains("edition.lineup_ordered");
    }

    @Test
    void an_order_that_is_not_the_editions_articles_is_refused_and_changes_nothing() {
        Edition edition = tomorrowWith("One", "Two");
        List<Long> ids = desk.open(editor, edition.id()).lineup().stream().map(ArticleListItem::id).toList();
        long outsider = piece("Outsider").id();

        assertThatThrownBy(() -> desk.arrange(editor, edition.id(), List.of(ids.get(1))))
                .isInstanceOf(Invalid.class).hasMessageContaining("left out: [" + ids.get(0) + "]");
        assertThatThrownBy(() -> desk.arrange(editor, edition.id(), List.of(ids.get(1), ids.get(0), outsider)))
                .isInstanceOf(Invalid.class).hasMessageContaining("not in it: [" + outsider + "]");
        assertThatThrownBy(() -> desk.arrange(editor, edition.id(), List.of(ids.get(1), ids.get(1))))
                .isInstanceOf(Invalid.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> desk.arrange(contributor, edition.id(), List.of(ids.get(1), ids.get(0))))
                .isInstanceOf(Forbidden.class);
        assertThat(desk.open(editor, edition.id()).lineup()).extracting(ArticleListItem::title).containsExactly("One", "Two");
    }

    @Test
    void the_articles_to_add_are_found_by_words_in_their_title_or_their_authors_names() {
        Edition edition = desk.create(editor, EditionSpan.day(TOMORROW));
        piece("Harbour Lights");
        piece("Mountain Roads");

        assertThat(desk.open(editor, edition.id(), "HARBOUR").candidates()).extracting(ArticleListItem::title)
                .containsExactly("Harbour Lights");
        assertThat(desk.open(editor, edition.id(), "tributor").candidates()).extracting(ArticleListItem::title)
                .containsExactlyInAnyOrder("Harbour Lights", "Mountain Roads");
        assertThat(desk.open(editor, edition.id(), "  roads   con ").candidates()).extracting(ArticleListItem::title)
                .containsExactly("Mountain Roads");
        assertThat(desk.open(editor, edition.id(), "100%").candidates()).isEmpty();
    }
}
