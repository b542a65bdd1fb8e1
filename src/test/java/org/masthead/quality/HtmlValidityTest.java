package org.masthead.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.HtmlChecker;
import org.masthead.support.RunningSite;
import org.masthead.support.Showcase;
import org.masthead.support.Showcase.Visit;
import org.masthead.support.Showcase.Who;

/**
 * Every kind of page a reader or an editor can see, fetched over HTTP from a real server with realistic
 * content, is valid HTML by the Nu HTML Checker: no errors (warnings are not counted).
 */
class HtmlValidityTest {
    @RegisterExtension
    static final Showcase.Shared shared = new Showcase.Shared();
    private static Showcase showcase;
    private static HtmlChecker checker;
    private static AdminClient admin;
    private static AdminClient awaitingCode;

    @BeforeAll
    static void open() {
        showcase = shared.get();
        checker = new HtmlChecker();
        admin = new AdminClient(showcase.http().base());
        assertThat(admin.signIn(Showcase.ADMIN_EMAIL, Showcase.PASSWORD).status()).isEqualTo(303);
        awaitingCode = new AdminClient(showcase.http().base());
        assertThat(awaitingCode.signIn(Showcase.TWO_FACTOR_EMAIL, Showcase.PASSWORD).status()).isEqualTo(303);
    }

    static List<Visit> publicPages() {
        return showcase.publicPages();
    }

    static List<Visit> adminScreens() {
        return showcase.adminScreens();
    }

    @ParameterizedTest(name = "{0} is valid HTML")
    @MethodSource("publicPages")
    void every_kind_of_public_page_is_valid_html(Visit page) {
        assertValid(page.name(), get(page), page.status());
    }

    static List<Visit> variants() {
        return showcase.variants();
    }

    @ParameterizedTest(name = "{0} is valid HTML")
    @MethodSource("variants")
    void the_same_pages_and_screens_in_other_states_are_valid_html(Visit page) {
        assertValid(page.name(), get(page), page.status());
    }

    @ParameterizedTest(name = "{0} is valid HTML")
    @MethodSource("adminScreens")
    void every_admin_screen_is_valid_html(Visit screen) {
        assertValid(screen.name(), get(screen), screen.status());
    }

    @Test
    void a_refused_sign_in_comes_back_as_valid_html() {
        Http.Response refused = new AdminClient(showcase.http().base()).signIn(Showcase.ADMIN_EMAIL, "not the password");

        assertThat(refused.body()).contains("form-message");
        assertValid("the sign-in screen after a wrong password", refused, 400);
    }

    @Test
    void an_article_sent_back_with_a_mistake_in_a_field_comes_back_as_valid_html() {
        String editor = showcase.adminScreens().stream().filter(s -> s.name().contains("waiting for review")).findFirst()
                .orElseThrow().path();

        Http.Response refused = admin.submit(editor, editor, Map.of("action", "schedule", "when", "next Tuesday"));

        assertThat(refused.html().select(".field-invalid, .field-error")).isNotEmpty();
        assertValid("the editor with a field in error", refused, 400);
    }

    @Test
    void the_article_list_filtered_by_a_day_that_is_no_date_comes_back_as_valid_html() {
        Http.Response refused = admin.get("/admin/articles/?from=last+week");

        assertThat(refused.html().select(".field-invalid #from")).hasSize(1);
        assertValid("the article list with a day that is no date", refused, 400);
    }

    @Test
    void a_webhook_refused_for_its_address_and_a_webhooks_secret_shown_come_back_as_valid_html() {
        Http.Response refused = admin.submit("/admin/integrations/", "/admin/integrations/webhooks",
                Map.of("name", "Broken", "event", "post.published", "target_url", "not an address"));
        assertThat(refused.html().select(".field-invalid #hook-url")).hasSize(1);
        assertValid("the integrations with an address in error", refused, 400);

        String log = showcase.adminScreens().stream().filter(s -> s.name().contains("delivery log")).findFirst().orElseThrow().path();
        Http.Response shown = admin.submit(log, log + "/secret", Map.of());
        assertThat(shown.html().select(".secret-shown code")).hasSize(1);
        assertValid("a webhook with its secret shown", shown, 200);
    }

    @Test
    void an_article_saved_by_someone_else_meanwhile_comes_back_with_both_versions_as_valid_html() {
        String editor = showcase.adminScreens().stream().filter(s -> s.name().contains("published article")).findFirst()
                .orElseThrow().path();
        Http.Response form = admin.get(editor);
        Map<String, String> stale = new java.util.HashMap<>();
        for (var input : form.html().select("form.editor-form input[name], form.editor-form textarea")) {
            if (input.attr("type").equals("radio") && !input.hasAttr("checked")) {
                continue;
            }
            stale.put(input.attr("name"), input.is("textarea") ? input.text() : input.attr("value"));
        }
        stale.put("version", "1");
        stale.put("body", "A shorter text of my own.");
        stale.put("action", "save");

        Http.Response conflict = admin.post(editor, stale);

        assertThat(conflict.html().select(".conflict")).isNotEmpty();
        assertValid("the editor in conflict", conflict, 409);
    }

    @Test
    void the_answers_to_the_subscribe_form_come_back_as_valid_html() {
        String origin = "http://localhost:" + showcase.http().base().getPort();
        Http.Response refused = subscribe("not an address", origin);
        assertThat(refused.html().select("#subscribe-email-error")).hasSize(1);
        assertValid("the subscribe page with an address in error", refused, 400);
        assertValid("the answer to the subscribe form", subscribe("someone@example.org", origin), 200);
    }

    private static Http.Response subscribe(String email, String origin) {
        return showcase.http().send(java.net.http.HttpRequest.newBuilder(showcase.http().base().resolve("/subscribe"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("email=" + java.net.URLEncoder.encode(email,
                        java.nio.charset.StandardCharsets.UTF_8))).build());
    }

    @Test
    void the_first_run_screen_of_a_new_magazine_is_valid_html() {
        try (RunningSite empty = RunningSite.empty(Database.Kind.SQLITE)) {
            assertValid("the first-run screen", empty.http().get("/admin/first-run"), 200);
        }
    }

    @Test
    void the_readers_stylesheet_is_valid_css_by_the_same_checker() {
        // Linked, not in the page, so the pages' checks above do not read it: it is checked here as a page's own style.
        Http.Response css = showcase.http().stylesheet("/");
        assertThat(css.header("Content-Type")).startsWith("text/css");
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Stylesheet</title><style>\n" + css.body()
                + "\n</style></head><body><p>Styled.</p></body></html>";

        List<HtmlChecker.Problem> errors = checker.errors(page);

        assertThat(errors).as(() -> "the stylesheet has " + errors.size() + " error(s):" + HtmlChecker.report(page, errors)).isEmpty();
        assertThat(checker.errors(page.replace("<style>\n", "<style>\np { colour: red; }\n"))).as("a misspelt property")
                .isNotEmpty();
    }

    @Test
    void the_checker_finds_a_missing_alt_a_label_for_nothing_and_a_stray_end_tag() {
        String broken = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Broken</title></head><body>\n<main><img src=\"a.png\">\n"
                + "<label for=\"nowhere\">Name</label></span></main></body></html>";

        List<HtmlChecker.Problem> errors = checker.errors(broken);

        assertThat(errors).extracting(HtmlChecker.Problem::message).anyMatch(m -> m.contains("“alt” attribute"))
                .anyMatch(m -> m.contains("“for” attribute")).anyMatch(m -> m.contains("Stray end tag “span”"));
        assertThat(errors).allMatch(e -> e.line() >= 3);
        assertThat(checker.errors("<!DOCTYPE html><html lang=\"en\"><head><title>Fine</title></head><body><p>Fine.</p></body></html>"))
                .isEmpty();
    }

    @Test
    void the_checker_takes_a_user_name_in_an_email_field_as_the_html_standard_now_does_and_nowhere_else() {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Sign in</title></head><body>\n"
                + "<input name=\"a\" type=\"email\" autocomplete=\"username\">\n"
                + "<input name=\"b\" type=\"tel\" autocomplete=\"username\">\n</body></html>";

        assertThat(checker.errors(page)).extracting(HtmlChecker.Problem::line).containsExactly(4);
    }

    private static Http.Response get(Visit visit) {
        return switch (visit.who()) {
            case READER -> showcase.http().get(visit.path());
            case ADMIN -> admin.get(visit.path());
            case AWAITING_CODE -> awaitingCode.get(visit.path());
        };
    }

    private static void assertValid(String what, Http.Response response, int status) {
        assertThat(response.status()).as(what + ": status").isEqualTo(status);
        assertThat(response.header("Content-Type")).as(what + ": content type").startsWith("text/html");
        List<HtmlChecker.Problem> errors = checker.errors(response.body());
        assertThat(errors).as(() -> what + " has " + errors.size() + " HTML error(s):" + HtmlChecker.report(response.body(), errors))
                .isEmpty();
    }
}
