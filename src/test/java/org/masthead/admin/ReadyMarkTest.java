package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.account.User;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.common.Actor;
import org.masthead.common.Forbidden;
import org.masthead.common.Role;
import org.masthead.edition.EditionSpan;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.MutableClock;
import org.masthead.support.RunningSite;

/** An editor's "ready" on a piece in review, over HTTP and on both databases: who may give it, where it shows, what ends it. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class ReadyMarkTest {
    private static final String PASSWORD = "correct horse battery";
    private final MutableClock clock = MutableClock.at("2026-12-07T09:00:00Z");
    private final Database.Kind kind;
    private RunningSite site;
    private Actor ed;
    private Actor con;
    private Article harbour;
    private Article quay;

    ReadyMarkTest(Database.Kind kind) {
        this.kind = kind;
    }

    @BeforeEach
    void start() {
        site = RunningSite.empty(kind, clock);
        var accounts = site.magazine().accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        ed = accounts.add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).asActor("");
        User writer = accounts.add(admin.asActor(""), "Con Tributor", "con@example.org", Role.CONTRIBUTOR, PASSWORD);
        accounts.bylineOf(writer.asActor(""));
        con = accounts.find(writer.id()).asActor("");
        harbour = site.magazine().workflow().submit(con, write("Harbour Notes").id());
        quay = site.magazine().workflow().submit(con, write("Quay Diary").id());
        clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Article write(String title) {
        clock.advance(Duration.ofMinutes(1));
        return site.magazine().workflow().write(con, new ArticleDraft(title, null, "", Body.markdown("Words of " + title),
                List.of(), List.of(), null), con.authorId());
    }

    private AdminClient signedIn(String email) {
        var client = new AdminClient(site.http().base());
        client.signIn(email, PASSWORD);
        return client;
    }

    private static List<String> titles(Document page, String list) {
        Element found = page.getElementById(list);
        return found == null ? List.of() : found.select("li > a").eachText();
    }

    private Article current(Article article) {
        return site.magazine().workflow().open(ed, article.id()).article();
    }

    @Test
    void an_editor_marks_a_piece_ready_from_its_page_and_it_moves_from_the_review_queue_to_the_ready_list() {
        AdminClient editor = signedIn("ed@example.org");
        String page = "/admin/articles/" + harbour.id();

        var done = editor.submit(page, page + "/mark-ready", Map.of());

        assertThat(done.status()).isEqualTo(303);
        Document shown = editor.get(page + "?done=mark-ready").html();
        assertThat(shown.selectFirst(".page-head .status").text()).isEqualTo("ready");
        assertThat(shown.selectFirst(".page-head").text()).contains("marked ready by Ed Itor");
        assertThat(shown.select("form[action=" + page + "/unmark-ready]")).hasSize(1);
        Document dashboard = editor.get("/admin/").html();
        assertThat(titles(dashboard, "needs-action")).containsExactly("Quay Diary");
        assertThat(titles(dashboard, "ready-pieces")).containsExactly("Harbour Notes");
        assertThat(dashboard.select(".counts li").eachText()).contains("1 Waiting for review", "1 Ready");
        assertThat(dashboard.getElementById("recent-activity").text()).contains("Ed Itor marked ready “Harbour Notes”");
        Document list = editor.get("/admin/articles/?status=ready").html();
        assertThat(list.select("tbody tr").eachText()).singleElement().asString().contains("Harbour Notes").contains("ready");
        assertThat(editor.get("/admin/articles/?status=submitted").html().select("tbody tr").eachText())
                .singleElement().asString().contains("Quay Diary");
    }

    @Test
    void a_writer_can_neither_mark_their_own_piece_ready_nor_see_the_button() {
        AdminClient writer = signedIn("con@example.org");
        String page = "/admin/articles/" + harbour.id();
        var shown = writer.get(page);
        assertThat(shown.html().select("form[action=" + page + "/mark-ready]")).isEmpty();

        var refused = writer.post(page + "/mark-ready", Map.of("_csrf", AdminClient.csrfOf(shown)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(current(harbour).isReady()).isFalse();
        assertThatThrownBy(() -> site.magazine().workflow().ready().mark(con, harbour.id())).isInstanceOf(Forbidden.class);
    }

    @Test
    void a_writers_change_to_the_text_after_the_mark_sends_the_piece_back_to_review_and_an_editors_does_not() {
        var workflow = site.magazine().workflow();
        workflow.ready().mark(ed, harbour.id());
        Article marked = current(harbour);
        assertThat(marked.ready().by()).isEqualTo("Ed Itor");
        assertThat(marked.ready().at()).isEqualTo(Instant.parse("2026-12-07T09:07:00Z"));

        Article edited = workflow.save(ed, harbour.id(), draft(marked, "An editor's comma, here."), marked.version());
        assertThat(edited.isReady()).as("an editor's own touch keeps the mark").isTrue();
        Article unchanged = workflow.save(con, harbour.id(), draft(edited, "An editor's comma, here."), edited.version());
        assertThat(unchanged.isReady()).as("a save that changes nothing keeps it").isTrue();
        Article rewritten = workflow.save(con, harbour.id(), draft(unchanged, "The writer's second thoughts."), unchanged.version());

        assertThat(rewritten.isReady()).isFalse();
        assertThat(site.magazine().lists().awaitingReview(ed, 10)).extracting(i -> i.title()).contains("Harbour Notes");
    }

    @Test
    void any_change_of_status_ends_the_mark_and_an_editor_may_take_it_back() {
        var workflow = site.magazine().workflow();
        workflow.ready().mark(ed, harbour.id());
        workflow.ready().mark(ed, quay.id());

        assertThat(workflow.ready().unmark(ed, quay.id()).isReady()).isFalse();
        Article sentBack = workflow.sendBack(ed, harbour.id(), "One more source, please.");
        assertThat(sentBack.isReady()).isFalse();
        Article again = workflow.submit(con, harbour.id());
        assertThat(again.isReady()).as("a resubmitted piece is read again").isFalse();
        assertThatThrownBy(() -> workflow.ready().mark(ed, write("Tide Tables").id()))
                .hasMessageContaining("cannot be done to an article that is draft");
    }

    @Test
    void the_edition_builder_shows_which_pieces_to_add_are_ready() {
        site.magazine().workflow().ready().mark(ed, harbour.id());
        var edition = site.magazine().editionDesk().create(ed, new EditionSpan(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8), null));

        Document builder = signedIn("ed@example.org").get("/admin/editions/" + edition.id()).html();

        List<String> rows = builder.select("tr:has(.status)").eachText();
        assertThat(rows).anyMatch(row -> row.contains("Harbour Notes") && row.contains("ready"));
        assertThat(rows).anyMatch(row -> row.contains("Quay Diary") && row.contains("submitted"));
    }

    private static ArticleDraft draft(Article article, String body) {
        return new ArticleDraft(article.title(), null, article.dek(), Body.markdown(body), article.authorIds(), List.of(), null);
    }
}
