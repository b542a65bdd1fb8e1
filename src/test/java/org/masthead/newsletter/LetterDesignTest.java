package org.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.platform.Database;
import org.masthead.settings.Setting;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.MagazineExtension;
import org.masthead.support.MutableClock;

/** The letter's design, edited in the newsroom and worn by the letters that go out, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class LetterDesignTest {
    private static final Instant SIX_AM = Instant.parse("2026-11-28T06:00:00Z");
    private static final String DESIGN = "/admin/newsletter/design";
    private static final String PREVIEW = "/admin/newsletter/design/preview";

    private final MutableClock clock = MutableClock.at("2026-11-27T21:30:00Z");
    @RegisterExtension
    final MagazineExtension ledger;

    LetterDesignTest(Database.Kind kind) {
        ledger = MagazineExtension.on(kind, clock).served().withStaff().startedByEachTest();
    }

    /** The design form's fields: both boxes ticked, unless the test removes them. */
    private static Map<String, String> design(String intro, String footer, String accent) {
        Map<String, String> fields = new HashMap<>(Map.of("intro", intro, "footer", footer, "accent", accent));
        fields.put("show-dek", "yes");
        fields.put("show-byline", "yes");
        return fields;
    }

    private Map<Setting, String> stored() {
        return ledger.magazine().settings().all();
    }

    @Test
    void a_saved_design_changes_the_next_letters_html_and_text() throws Exception {
        ledger.start();
        var subscribers = new SqlSubscriberStore(ledger.magazine().database());
        subscribers.confirm(subscribers.insertPending("ann@example.org", "anntoken".repeat(3), "form", clock.instant()).id(),
                clock.instant());
        Map<String, String> fields = design("**Good morning**, readers.", "The Ledger, 1 Harbour Street, Porthaven", "#B0413E");
        fields.remove("show-dek");
        fields.remove("show-byline");

        Http.Response saved = ledger.signedIn("ed@example.org").submit(DESIGN, DESIGN, fields);
        publishedEdition();
        ledger.magazine().sending().sendDue(10);

        assertThat(saved.status()).isEqualTo(303);
        assertThat(ledger.mail().waitForIncomingEmail(5000, 1)).isTrue();
        var parts = (MimeMultipart) ledger.mail().getReceivedMessages()[0].getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(html).contains("<strong>Good morning</strong>, readers.", "The Ledger, 1 Harbour Street, Porthaven",
                "color:#b0413e", "Rivers &amp; Roads").doesNotContain("A dek for", "by Ed Itor");
        assertThat(text).contains("Good morning, readers.", "The Ledger, 1 Harbour Street, Porthaven", "Rivers & Roads")
                .doesNotContain("**", "A dek for", "by Ed Itor");
        assertThat(text.indexOf("Good morning")).isLessThan(text.indexOf("Rivers & Roads"));
        assertThat(text.indexOf("Harbour Street")).isGreaterThan(text.indexOf("The Night Shift"));
    }

    @Test
    void the_test_send_wears_the_saved_design() throws Exception {
        ledger.start();
        Edition edition = publishedEdition();
        AdminClient ed = ledger.signedIn("ed@example.org");
        ed.submit(DESIGN, DESIGN, design("A word from the editor.", "Postal: 1 Harbour Street", "#336699"));

        ed.submit("/admin/newsletter/", "/admin/newsletter/test", Map.of("edition", Long.toString(edition.id()), "email",
                "proof@example.org"));

        assertThat(ledger.mail().waitForIncomingEmail(5000, 1)).isTrue();
        String html = (String) ((MimeMultipart) ledger.mail().getReceivedMessages()[0].getContent()).getBodyPart(1).getContent();
        assertThat(html).contains("A word from the editor.", "Postal: 1 Harbour Street", "color:#336699", "A dek for Rivers");
    }

    @Test
    void hostile_markdown_in_the_intro_and_footer_is_stripped() {
        ledger.start();
        AdminClient ed = ledger.signedIn("ed@example.org");

        ed.submit(DESIGN, DESIGN, design("Hello <script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>",
                "<a href=\"javascript:evil()\">our address</a> <iframe src=\"https://evil.example/\"></iframe> [site](https://ledger.example/)",
                "#1a1a1a"));
        String letter = ed.get("/admin/newsletter/preview").body();

        assertThat(stored().get(Setting.NEWSLETTER_INTRO)).contains("<script>");
        assertThat(letter).contains("Hello", "our address", "href=\"https://ledger.example/\"")
                .doesNotContain("<script", "alert(1)", "javascript:", "onerror", "<iframe", "evil.example");
    }

    @Test
    void a_bad_colour_is_refused_next_to_its_field_and_keeps_everything_typed() {
        ledger.start();
        Map<String, String> fields = design("Kept intro", "Kept footer", "red");
        fields.remove("show-dek");

        Http.Response refused = ledger.signedIn("ed@example.org").submit(DESIGN, DESIGN, fields);

        Document page = refused.html();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(page.selectFirst("#accent-error").text()).contains("#rrggbb", "'red'");
        assertThat(page.selectFirst("input#accent").attr("value")).isEqualTo("red");
        assertThat(page.selectFirst("textarea#intro").text()).isEqualTo("Kept intro");
        assertThat(page.selectFirst("textarea#footer").text()).isEqualTo("Kept footer");
        assertThat(page.selectFirst("input[name=show-dek]").hasAttr("checked")).isFalse();
        assertThat(page.selectFirst("input[name=show-byline]").hasAttr("checked")).isTrue();
        assertThat(stored()).containsEntry(Setting.NEWSLETTER_INTRO, "").containsEntry(Setting.NEWSLETTER_SHOW_DEK, "true");
    }

    @Test
    void the_preview_shows_the_typed_values_in_a_sandbox_and_saves_nothing() {
        ledger.start();
        publishedEdition();
        AdminClient ed = ledger.signedIn("ed@example.org");
        Map<String, String> fields = design("An unsaved intro", "An unsaved footer", "#00aa00");
        fields.remove("show-dek");
        fields.put("_csrf", AdminClient.csrfOf(ed.get(DESIGN)));

        Http.Response preview = ed.post(PREVIEW, fields);

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'");
        assertThat(preview.body()).contains("An unsaved intro", "An unsaved footer", "color:#00aa00", "Rivers &amp; Roads", "by Ed Itor")
                .doesNotContain("A dek for");
        assertThat(stored()).containsEntry(Setting.NEWSLETTER_INTRO, "").containsEntry(Setting.NEWSLETTER_ACCENT, "#1a1a1a");
        assertThat(ed.get("/admin/newsletter/preview").body()).doesNotContain("An unsaved intro").contains("A dek for Rivers");
        assertThat(ed.get("/admin/audit/").body()).doesNotContain("newsletter.design");
        assertThat(ed.get(DESIGN).html().selectFirst("iframe[sandbox][name=letter-preview]").attr("sandbox")).isEmpty();
    }

    @Test
    void the_preview_before_any_edition_is_out_is_a_clear_sample() {
        ledger.start();

        String letter = ledger.signedIn("ed@example.org").get("/admin/newsletter/preview").body();

        assertThat(letter).contains("Sample edition (no edition is out yet)", "A sample piece");
    }

    @Test
    void a_form_without_its_csrf_token_is_refused_and_changes_nothing() {
        ledger.start();
        AdminClient ed = ledger.signedIn("ed@example.org");

        assertThat(ed.post(DESIGN, design("Forged", "Forged", "#000000")).status()).isEqualTo(403);
        Http.Response preview = ed.post(PREVIEW, design("Forged", "Forged", "#000000"));
        assertThat(preview.status()).isEqualTo(403);
        assertThat(preview.body()).doesNotContain("Forged");
        assertThat(stored()).containsEntry(Setting.NEWSLETTER_INTRO, "");
    }

    @Test
    void an_author_cannot_reach_the_letter_design() {
        ledger.start();
        AdminClient al = ledger.signedIn("al@example.org");
        Map<String, String> fields = design("By an author", "", "#000000");
        fields.put("_csrf", AdminClient.csrfOf(al.get("/admin/")));

        assertThat(al.get(DESIGN).status()).isEqualTo(403);
        assertThat(al.post(DESIGN, fields).status()).isEqualTo(403);
        assertThat(al.post(PREVIEW, fields).status()).isEqualTo(403);
        assertThat(stored()).containsEntry(Setting.NEWSLETTER_INTRO, "");
        assertThat(ledger.signedIn("ed@example.org").get(DESIGN).status()).isEqualTo(200);
    }

    @Test
    void a_letter_template_in_the_theme_replaces_the_built_in_one() throws Exception {
        String themed = """
                @import org.masthead.newsletter.EditionLetter
                @import org.masthead.newsletter.LetterChrome
                @param LetterChrome chrome
                @param EditionLetter page
                <html><body><h1 class="house-letter">${page.magazine()} in our own dress</h1>$unsafe{chrome.introHtml()}
                @for(var item : page.items())<p>${item.title()}</p>@endfor
                <a href="${page.unsubscribeUrl()}">Leave</a></body></html>
                """;
        ledger.start(dataDir -> write(dataDir.resolve("theme/templates/newsletter-edition.jte"), themed));
        Edition edition = publishedEdition();
        AdminClient ed = ledger.signedIn("ed@example.org");
        ed.submit(DESIGN, DESIGN, design("A themed hello.", "", "#1a1a1a"));

        ed.submit("/admin/newsletter/", "/admin/newsletter/test", Map.of("edition", Long.toString(edition.id()), "email",
                "proof@example.org"));

        assertThat(ledger.mail().waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = ledger.mail().getReceivedMessages()[0];
        String html = (String) ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
        assertThat(html).contains("The Ledger in our own dress", "<p>A themed hello.</p>", "Rivers &amp; Roads")
                .doesNotContain("cellpadding");
        assertThat(ed.get("/admin/newsletter/preview").body()).contains("in our own dress");
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

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
