package org.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.common.Actor;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.MagazineExtension;
import org.masthead.support.MutableClock;

/** The newsletter's screens in the newsroom, over HTTP, with GreenMail as the magazine's mail server. */
class NewsletterAdminTest {
    private static final Instant SIX_AM = Instant.parse("2026-11-28T06:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-11-27T21:30:00Z");
    @RegisterExtension
    final MagazineExtension ledger = MagazineExtension.on(Database.Kind.SQLITE, clock).served().withStaff();
    private SqlSubscriberStore subscribers;

    @BeforeEach
    void start() {
        subscribers = new SqlSubscriberStore(ledger.magazine().database());
    }

    private Subscriber subscriber(String email, Subscriber.Status status, String source) {
        Subscriber s = subscribers.insertPending(email, email.replaceAll("[^a-z]", "").repeat(8), source, clock.instant());
        if (status != Subscriber.Status.PENDING) {
            subscribers.confirm(s.id(), clock.instant());
        }
        if (status == Subscriber.Status.UNSUBSCRIBED) {
            subscribers.unsubscribe(s.id(), clock.instant());
        }
        return subscribers.findByEmail(email).orElseThrow();
    }

    private static List<String> addresses(Http.Response page) {
        return page.html().select("table.subscribers tbody tr td:first-child").eachText();
    }

    @Test
    void an_editor_finds_subscribers_by_part_of_their_address_and_by_status() {
        subscriber("ann.lee@example.org", Subscriber.Status.CONFIRMED, "form");
        subscriber("bo.chan@example.org", Subscriber.Status.PENDING, "form");
        subscriber("LEEWAY@example.net", Subscriber.Status.UNSUBSCRIBED, "form");
        AdminClient ed = ledger.signedIn("ed@example.org");

        Http.Response all = ed.get("/admin/newsletter/");
        Http.Response lee = ed.get("/admin/newsletter/?q=Lee");
        Http.Response leftLee = ed.get("/admin/newsletter/?q=lee&status=unsubscribed");

        assertThat(all.status()).isEqualTo(200);
        assertThat(addresses(all)).containsExactly("LEEWAY@example.net", "bo.chan@example.org", "ann.lee@example.org");
        assertThat(all.html().select(".counts li").eachText()).contains("Confirmed: 1", "Pending: 1", "Unsubscribed: 1", "Paused: 0");
        assertThat(addresses(lee)).containsExactly("LEEWAY@example.net", "ann.lee@example.org");
        assertThat(addresses(leftLee)).containsExactly("LEEWAY@example.net");
        assertThat(all.html().select("form[action=/admin/newsletter/import]")).as("an editor does not import").isEmpty();
    }

    @Test
    void an_author_is_refused_the_newsletter_screens() {
        AdminClient al = ledger.signedIn("al@example.org");

        assertThat(al.get("/admin/newsletter/").status()).isEqualTo(403);
        assertThat(al.get("/admin/newsletter/sends/").status()).isEqualTo(403);
        assertThat(al.get("/admin/").html().select("nav a").eachText()).doesNotContain("Newsletter");
    }

    @Test
    void an_admin_reactivates_a_paused_subscriber_and_unsubscribes_another() {
        Subscriber paused = subscriber("paused@example.org", Subscriber.Status.CONFIRMED, "form");
        ledger.magazine().database().write(h -> h.execute("UPDATE subscribers SET status = 'paused', failures = 3 WHERE id = ?", paused.id()));
        Subscriber leaving = subscriber("leaving@example.org", Subscriber.Status.CONFIRMED, "form");
        AdminClient ada = ledger.signedIn("ada@example.org");

        ada.submit("/admin/newsletter/", "/admin/newsletter/subscribers/" + paused.id(), Map.of("action", "reactivate"));
        ada.submit("/admin/newsletter/", "/admin/newsletter/subscribers/" + leaving.id(), Map.of("action", "unsubscribe"));

        assertThat(subscribers.findByEmail("paused@example.org").orElseThrow()).extracting(Subscriber::status, Subscriber::failures)
                .containsExactly(Subscriber.Status.CONFIRMED, 0);
        assertThat(subscribers.findByEmail("leaving@example.org").orElseThrow().status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);
        assertThat(ada.get("/admin/audit/").body()).contains("newsletter.reactivate", "newsletter.unsubscribe");
    }

    @Test
    void the_export_holds_every_subscriber_and_defuses_a_formula_cell() {
        subscriber("ann@example.org", Subscriber.Status.CONFIRMED, "form");
        subscriber("bo@example.org", Subscriber.Status.UNSUBSCRIBED, "=HYPERLINK(\"http://evil.example\")");
        AdminClient ada = ledger.signedIn("ada@example.org");

        Http.Response csv = ada.submit("/admin/newsletter/", "/admin/newsletter/export", Map.of());

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).startsWith("attachment;");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).containsExactly("email,status,frequency,created,confirmed,source",
                "ann@example.org,confirmed,daily,2026-11-27T21:30:00Z,2026-11-27T21:30:00Z,form",
                "bo@example.org,unsubscribed,daily,2026-11-27T21:30:00Z,2026-11-27T21:30:00Z,\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
    }

    @Test
    void an_import_adds_the_new_addresses_and_counts_the_rest() {
        subscriber("there@example.org", Subscriber.Status.CONFIRMED, "form");
        subscriber("left@example.org", Subscriber.Status.UNSUBSCRIBED, "form");
        String file = "Name,Email,Frequency\nNew One,new@example.org,weekly\nThere,THERE@example.org,\nLeft,left@example.org,daily\n"
                + "Broken,not an address,\nNew Two,\"two@example.org\",\n";
        AdminClient ada = ledger.signedIn("ada@example.org");

        Http.Response report = ada.upload("/admin/newsletter/", "/admin/newsletter/import",
                Map.of("consent", "yes", "note", "signed up at our stall, May 2026"), "stall.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.html().selectFirst("[role=status]").text())
                .isEqualTo("Imported: 2 added, 1 already there, 1 skipped (they had unsubscribed), 1 invalid (lines 5).");
        Subscriber added = subscribers.findByEmail("new@example.org").orElseThrow();
        assertThat(added.status()).isEqualTo(Subscriber.Status.CONFIRMED);
        assertThat(added.frequency()).isEqualTo(Subscriber.Frequency.WEEKLY);
        assertThat(added.source()).isEqualTo("csv import: signed up at our stall, May 2026");
        assertThat(subscribers.findByEmail("left@example.org").orElseThrow().status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);
    }

    @Test
    void an_import_without_the_consent_box_is_refused_and_adds_nobody() {
        AdminClient ada = ledger.signedIn("ada@example.org");

        Http.Response refused = ada.upload("/admin/newsletter/", "/admin/newsletter/import", Map.of("note", "a list we bought"),
                "list.csv", "email\nann@example.org\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#consent-error").text()).contains("agreed to receive the newsletter");
        assertThat(subscribers.findByEmail("ann@example.org")).isEmpty();
    }

    @Test
    void a_file_without_an_email_column_is_refused_with_a_clear_error() {
        AdminClient ada = ledger.signedIn("ada@example.org");

        Http.Response refused = ada.upload("/admin/newsletter/", "/admin/newsletter/import",
                Map.of("consent", "yes", "note", "stall"), "list.csv", "name,address\nAnn,ann@example.org\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#file-error").text()).contains("no column named email");
        assertThat(subscribers.findByEmail("ann@example.org")).isEmpty();
    }

    @Test
    void a_test_send_reaches_the_address_typed_with_the_editions_lineup() throws Exception {
        Edition edition = publishedEdition();
        AdminClient ed = ledger.signedIn("ed@example.org");

        Http.Response answer = ed.submit("/admin/newsletter/", "/admin/newsletter/test",
                Map.of("edition", Long.toString(edition.id()), "email", "proof@example.org"));

        assertThat(answer.html().selectFirst(".panel [role=status], .notice").text()).contains("The mail server took the test");
        assertThat(ledger.mail().waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = ledger.mail().getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("proof@example.org");
        assertThat(mail.getSubject()).isEqualTo("[Test] The Ledger: Weekend Edition, November 27, 2026");
        assertThat(GreenMailUtil.getBody(mail)).contains("Rivers &amp; Roads", "The Night Shift");
    }

    @Test
    void the_send_log_counts_an_editions_deliveries() throws Exception {
        subscriber("ann@example.org", Subscriber.Status.CONFIRMED, "form");
        subscriber("bo@example.org", Subscriber.Status.CONFIRMED, "form");
        publishedEdition();
        ledger.magazine().sending().sendDue(10);
        AdminClient ed = ledger.signedIn("ed@example.org");

        Http.Response log = ed.get("/admin/newsletter/sends/");

        assertThat(log.status()).isEqualTo(200);
        List<String> cells = log.html().select("tbody tr td").eachText();
        assertThat(cells).hasSize(8);
        assertThat(cells.subList(0, 2)).containsExactly("The Ledger: Weekend Edition, November 27, 2026", "daily");
        assertThat(cells.subList(3, 8)).as("status, queued, sent, failed, skipped").containsExactly("done", "0", "2", "0", "0");
    }

    /** The weekend edition with two pieces, scheduled for Saturday 6:00 and out then. */
    private Edition publishedEdition() {
        Actor editor = ledger.editor();
        var desk = ledger.magazine().editionDesk();
        Edition edition = desk.create(editor, new EditionSpan(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 29), "Weekend Edition"));
        for (String title : List.of("Rivers & Roads", "The Night Shift")) {
            var draft = new ArticleDraft(title, null, "A dek for " + title, Body.markdown("Words."), List.of(), List.of(), null);
            desk.add(editor, edition.id(), ledger.magazine().workflow().write(editor, draft, editor.authorId()).id());
        }
        desk.schedule(editor, edition.id(), SIX_AM);
        clock.set(SIX_AM);
        desk.publishDue(SIX_AM);
        return edition;
    }
}
