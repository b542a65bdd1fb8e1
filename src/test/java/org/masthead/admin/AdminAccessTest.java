package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.common.Role;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;

/** The admin door over HTTP: first run, signing in, sessions, CSRF, throttling, roles. */
class AdminAccessTest {
    private static final String PASSWORD = "correct horse battery";

    @Test
    void a_new_magazine_sends_everyone_to_the_first_run_page_until_an_admin_exists() {
        try (RunningSite site = RunningSite.empty(Database.Kind.SQLITE)) {
            var admin = new AdminClient(site.http().base());
            assertThat(admin.get("/admin/").header("Location")).isEqualTo("/admin/first-run");
            assertThat(admin.get("/admin/sign-in").header("Location")).isEqualTo("/admin/first-run");

            Http.Response created = admin.submit("/admin/first-run", "/admin/first-run", Map.of(
                    "name", "Ada Admin", "email", "ada@example.org", "password", PASSWORD, "password2", PASSWORD));

            assertThat(created.status()).isEqualTo(303);
            assertThat(created.header("Location")).isEqualTo("/admin/");
            assertThat(admin.get("/admin/").html().selectFirst("h1").text()).isEqualTo("Hello, Ada Admin");
            assertThat(new AdminClient(site.http().base()).get("/admin/first-run").header("Location")).isEqualTo("/admin/sign-in");
        }
    }

    @Test
    void a_signed_out_visitor_is_sent_to_sign_in_and_comes_back_where_they_were_going() {
        try (RunningSite site = siteWithAdmin()) {
            var editor = new AdminClient(site.http().base());
            Http.Response bounced = editor.get("/admin/audit/");
            assertThat(bounced.status()).isEqualTo(303);
            assertThat(bounced.header("Location")).isEqualTo("/admin/sign-in?next=%2Fadmin%2Faudit");

            Http.Response in = editor.submit("/admin/sign-in?next=%2Fadmin%2Faudit", "/admin/sign-in",
                    Map.of("email", "ada@example.org", "password", PASSWORD));

            assertThat(in.header("Location")).isEqualTo("/admin/audit");
            String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("masthead_session=")).findFirst().orElseThrow();
            assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/admin");
            assertThat(editor.get("/admin/audit/").html().select("td")).anyMatch(td -> td.text().equals("account.signed_in"));
        }
    }

    @Test
    void the_next_address_after_sign_in_never_leaves_the_admin() {
        try (RunningSite site = siteWithAdmin()) {
            var visitor = new AdminClient(site.http().base());
            Http.Response in = visitor.submit("/admin/sign-in?next=https://evil.example/", "/admin/sign-in",
                    Map.of("email", "ada@example.org", "password", PASSWORD, "next", "//evil.example/"));

            assertThat(in.header("Location")).isEqualTo("/admin/");
        }
    }

    @Test
    void a_form_without_its_token_or_from_another_site_is_refused() {
        try (RunningSite site = siteWithAdmin()) {
            var admin = new AdminClient(site.http().base());
            admin.signIn("ada@example.org", PASSWORD);
            String token = AdminClient.csrfOf(admin.get("/admin/account/"));

            Http.Response noToken = admin.post("/admin/account/sign-out-everywhere", Map.of());
            Http.Response wrongToken = admin.post("/admin/account/sign-out-everywhere", Map.of("_csrf", "forged"));
            Http.Response otherSite = admin.post("/admin/account/sign-out-everywhere", Map.of("_csrf", token),
                    Map.of("Origin", "https://evil.example"));

            assertThat(noToken.status()).isEqualTo(403);
            assertThat(noToken.html().selectFirst("main").text()).contains("This form has expired");
            assertThat(wrongToken.status()).isEqualTo(403);
            assertThat(otherSite.status()).isEqualTo(403);
            assertThat(admin.get("/admin/").status()).as("still signed in").isEqualTo(200);
        }
    }

    @Test
    void the_sign_in_form_itself_needs_its_token() {
        try (RunningSite site = siteWithAdmin()) {
            var visitor = new AdminClient(site.http().base());
            Http.Response forged = visitor.post("/admin/sign-in", Map.of("email", "ada@example.org", "password", PASSWORD));

            assertThat(forged.status()).isEqualTo(403);
        }
    }

    @Test
    void repeated_wrong_passwords_are_answered_with_429_and_a_clear_message() {
        try (RunningSite site = siteWithAdmin()) {
            var guesser = new AdminClient(site.http().base());
            for (int i = 0; i < 5; i++) {
                Http.Response wrong = guesser.signIn("ada@example.org", "guess number " + i);
                assertThat(wrong.status()).isEqualTo(400);
                assertThat(wrong.html().selectFirst(".form-message").text()).isEqualTo("The email address or the password is not right.");
            }

            Http.Response held = guesser.signIn("ada@example.org", PASSWORD);

            assertThat(held.status()).isEqualTo(429);
            assertThat(held.header("Retry-After")).isNotNull();
            assertThat(held.html().selectFirst(".form-message").text()).startsWith("Too many failed sign-ins. Please wait");
            assertThat(held.html().selectFirst("input[name=email]").attr("value")).isEqualTo("ada@example.org");
        }
    }

    @Test
    void behind_a_proxy_on_the_same_machine_one_guessers_address_is_held_back_not_everyones() {
        try (RunningSite site = siteWithAdmin()) {
            var guesser = new AdminClient(site.http().base());
            Http.Response form = guesser.get("/admin/sign-in");
            String token = AdminClient.csrfOf(form);
            Map<String, String> fromGuesser = Map.of("X-Forwarded-For", "203.0.113.5");
            for (int i = 0; i < 20; i++) {
                guesser.post("/admin/sign-in", Map.of("_csrf", token, "email", "user" + i + "@example.org", "password", "guess"),
                        fromGuesser);
            }

            Http.Response held = guesser.post("/admin/sign-in", Map.of("_csrf", token, "email", "ada@example.org", "password", PASSWORD),
                    fromGuesser);
            var editor = new AdminClient(site.http().base());
            Http.Response editorForm = editor.get("/admin/sign-in");
            Http.Response in = editor.post("/admin/sign-in", Map.of("_csrf", AdminClient.csrfOf(editorForm), "email", "ada@example.org",
                    "password", PASSWORD), Map.of("X-Forwarded-For", "198.51.100.7"));

            assertThat(held.status()).isEqualTo(429);
            assertThat(in.status()).isEqualTo(303);
        }
    }

    @Test
    void a_contributor_cannot_open_the_admins_screens() {
        try (RunningSite site = siteWithAdmin()) {
            var admin = site.magazine().accounts().find(1);
            site.magazine().accounts().add(admin.asActor(""), "Con Tributor", "con@example.org", Role.CONTRIBUTOR, PASSWORD);
            var contributor = new AdminClient(site.http().base());
            contributor.signIn("con@example.org", PASSWORD);

            Http.Response people = contributor.get("/admin/users/");
            assertThat(people.status()).isEqualTo(403);
            assertThat(people.html().selectFirst("body").hasClass("admin")).as("the newsroom's own error page").isTrue();
            assertThat(people.html().selectFirst("h1").text()).isEqualTo("Not allowed");
            assertThat(people.html().selectFirst("a[href=/admin/]").text()).isEqualTo("Back to the dashboard");
            assertThat(contributor.get("/admin/audit/").status()).isEqualTo(403);
            assertThat(contributor.get("/admin/articles/999999").html().selectFirst("h1").text()).isEqualTo("Page not found");
            assertThat(contributor.get("/admin/").html().select(".admin-nav a")).extracting(a -> a.text())
                    .doesNotContain("People", "Audit log", "Editions");
        }
    }

    @Test
    void an_admin_adds_an_editor_and_a_bad_field_is_shown_next_to_it_with_what_was_typed() {
        try (RunningSite site = siteWithAdmin()) {
            var admin = new AdminClient(site.http().base());
            admin.signIn("ada@example.org", PASSWORD);

            Http.Response bad = admin.submit("/admin/users/", "/admin/users", Map.of(
                    "name", "Ed Itor", "email", "not-an-address", "role", "editor", "password", PASSWORD));
            Http.Response good = admin.submit("/admin/users/", "/admin/users", Map.of(
                    "name", "Ed Itor", "email", "ed@example.org", "role", "editor", "password", PASSWORD));

            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.html().selectFirst("#email-error").text()).isEqualTo("'not-an-address' is not an email address.");
            assertThat(bad.html().selectFirst("#email").attr("aria-invalid")).isEqualTo("true");
            assertThat(bad.html().selectFirst("#name").attr("value")).isEqualTo("Ed Itor");
            assertThat(good.status()).isEqualTo(303);
            assertThat(admin.get("/admin/users/").html().select("td")).anyMatch(td -> td.text().equals("ed@example.org"));
        }
    }

    @Test
    void an_admin_sets_a_new_password_for_someone_locked_out_and_their_old_sessions_end() {
        try (RunningSite site = siteWithAdmin()) {
            var ada = site.magazine().accounts().find(1);
            long edId = site.magazine().accounts().add(ada.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD).id();
            var ed = new AdminClient(site.http().base());
            ed.signIn("ed@example.org", PASSWORD);
            var admin = new AdminClient(site.http().base());
            admin.signIn("ada@example.org", PASSWORD);

            Http.Response tooShort = admin.submit("/admin/users/", "/admin/users/" + edId, Map.of("action", "password", "password", "short"));
            Http.Response set = admin.submit("/admin/users/", "/admin/users/" + edId,
                    Map.of("action", "password", "password", "a fresh long password"));

            assertThat(tooShort.status()).isEqualTo(400);
            assertThat(tooShort.html().selectFirst(".form-message").text()).startsWith("Ed Itor: ").contains("10");
            assertThat(set.status()).isEqualTo(303);
            assertThat(admin.get(set.header("Location")).html().selectFirst(".notice").text()).startsWith("The new password is set");
            assertThat(ed.get("/admin/").status()).as("signed out").isEqualTo(303);
            assertThat(new AdminClient(site.http().base()).signIn("ed@example.org", "a fresh long password").status()).isEqualTo(303);
        }
    }

    @Test
    void signing_out_ends_the_session() {
        try (RunningSite site = siteWithAdmin()) {
            var admin = new AdminClient(site.http().base());
            admin.signIn("ada@example.org", PASSWORD);

            admin.submit("/admin/", "/admin/sign-out", Map.of());

            assertThat(admin.get("/admin/").header("Location")).startsWith("/admin/sign-in");
        }
    }

    private static RunningSite siteWithAdmin() {
        RunningSite site = RunningSite.empty(Database.Kind.SQLITE);
        site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        return site;
    }
}
