package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.masthead.common.Role;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.MutableClock;
import org.masthead.support.RunningSite;

/** The dashboard over HTTP: each person sees what waits for them, and only what they may see; on both databases. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class DashboardTest {
    private static final String PASSWORD = "correct horse battery";
    private final MutableClock clock = MutableClock.at("2026-12-07T09:00:00Z");
    private final Database.Kind kind;
    private RunningSite site;
    private Actor ed;
    private Actor con;
    private Actor cy;
    private Article harbour;
    private Article quay;
    private Article river;
    private Edition tomorrow;

    DashboardTest(Database.Kind kind) {
        this.kind = kind;
    }

    @BeforeEach
    void start() {
        site = RunningSite.empty(kind, clock);
        var accounts = site.magazine().accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        ed = accounts.add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).asActor("");
        con = person(accounts.add(admin.asActor(""), "Con Tributor", "con@example.org", Role.CONTRIBUTOR, PASSWORD));
        cy = person(accounts.add(admin.asActor(""), "Cy Writer", "cy@example.org", Role.CONTRIBUTOR, PASSWORD));
        var workflow = site.magazine().workflow();
        harbour = workflow.submit(con, write(con, "Harbour Notes").id());
        quay = workflow.submit(cy, write(cy, "Quay Diary").id());
        Article tide = write(con, "Tide Tables");
        write(cy, "Cy's Secret Draft");
        river = workflow.submit(con, write(con, "River Levels").id());
        later();
        workflow.sendBack(ed, river.id(), "Check the gauge readings.");
        tomorrow = site.magazine().editionDesk().create(ed, new EditionSpan(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8), null));
        site.magazine().editionDesk().add(ed, tomorrow.id(), tide.id());
        clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Actor person(User user) {
        site.magazine().accounts().bylineOf(user.asActor(""));
        return site.magazine().accounts().find(user.id()).asActor("");
    }

    private Article write(Actor writer, String title) {
        later();
        return site.magazine().workflow().write(writer, new ArticleDraft(title, null, "", Body.markdown("Words of " + title),
                List.of(), List.of(), null), writer.authorId());
    }

    private void later() {
        clock.advance(Duration.ofMinutes(1));
    }

    private Document dashboardOf(String email) {
        var client = new AdminClient(site.http().base());
        client.signIn(email, PASSWORD);
        return client.get("/admin/").html();
    }

    private static List<String> titles(Document page, String list) {
        Element found = page.getElementById(list);
        return found == null ? List.of() : found.select("li > a").eachText();
    }

    @Test
    void an_editor_finds_the_pieces_waiting_for_review_oldest_first_with_their_state_and_age() {
        Document page = dashboardOf("ed@example.org");

        assertThat(titles(page, "needs-action")).containsExactly("Harbour Notes", "Quay Diary");
        Element first = page.getElementById("needs-action").selectFirst("li");
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("/admin/articles/" + harbour.id());
        assertThat(first.selectFirst(".piece-state").text()).isEqualTo("waiting for review");
        assertThat(first.selectFirst("time").text()).endsWith("min ago");
        assertThat(first.selectFirst("time").attr("datetime")).startsWith("2026-12-07T09:");
    }

    @Test
    void an_editor_sees_the_next_editions_with_their_pieces_linking_to_the_builder() {
        Document page = dashboardOf("ed@example.org");

        Element edition = page.getElementById("next-editions").selectFirst("li");
        assertThat(edition.selectFirst("a").text()).isEqualTo("2026-12-08");
        assertThat(edition.selectFirst("a").attr("href")).isEqualTo("/admin/editions/" + tomorrow.id());
        assertThat(edition.text()).contains("1 piece").contains("not scheduled yet");
    }

    @Test
    void an_editor_reads_the_newsrooms_latest_work_in_plain_words() {
        Document page = dashboardOf("ed@example.org");

        List<String> activity = page.getElementById("recent-activity").select("li").eachText();
        assertThat(activity).hasSizeLessThanOrEqualTo(10);
        assertThat(activity).contains("Ed Itor added a piece to “2026-12-08”, 5 min ago", "Ed Itor sent back “River Levels”, 5 min ago");
        assertThat(activity).anyMatch(line -> line.startsWith("Cy Writer submitted for review “Quay Diary”"));
    }

    @Test
    void a_writer_finds_their_pieces_sent_back_and_their_drafts_and_nobody_elses() {
        Document page = dashboardOf("con@example.org");

        assertThat(titles(page, "needs-action")).containsExactly("River Levels");
        assertThat(page.getElementById("needs-action").selectFirst(".piece-state").text()).isEqualTo("sent back to you");
        assertThat(titles(page, "own-drafts")).containsExactly("Tide Tables");
        assertThat(page.text()).doesNotContain("Quay Diary").doesNotContain("Cy's Secret Draft");
        assertThat(page.getElementById("next-editions")).isNull();
        List<String> activity = page.getElementById("recent-activity").select("li").eachText();
        assertThat(activity).contains("Ed Itor sent back “River Levels”, 5 min ago");
        assertThat(activity).noneMatch(line -> line.contains("Cy Writer") || line.contains("2026-12-08"));
    }

    @Test
    void a_piece_sent_back_leaves_the_writers_action_list_once_they_save_it() {
        var desk = site.magazine().workflow().open(con, river.id());
        later();
        site.magazine().workflow().save(con, river.id(), new ArticleDraft("River Levels", null, "", Body.markdown("New readings."),
                desk.article().authorIds(), List.of(), null), desk.article().version());

        Document page = dashboardOf("con@example.org");

        assertThat(titles(page, "needs-action")).isEmpty();
        assertThat(titles(page, "own-drafts")).containsExactly("River Levels", "Tide Tables");
    }

    @Test
    void another_writer_sees_only_their_own_pieces() {
        Document page = dashboardOf("cy@example.org");

        assertThat(titles(page, "needs-action")).isEmpty();
        assertThat(titles(page, "own-drafts")).containsExactly("Cy's Secret Draft");
        assertThat(page.text()).doesNotContain("River Levels").doesNotContain("Tide Tables").doesNotContain("Harbour Notes");
    }
}
