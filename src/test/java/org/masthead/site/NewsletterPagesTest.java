package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.MagazineExtension;
import org.masthead.support.MutableClock;

/** Subscribing to the newsletter over HTTP, with GreenMail as the magazine's real SMTP server. */
class NewsletterPagesTest {
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    private final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");
    @RegisterExtension
    final MagazineExtension ledger = MagazineExtension.on(Database.Kind.SQLITE, clock).served();
    private String origin;

    @BeforeEach
    void start() {
        origin = "http://localhost:" + ledger.http().base().getPort();
    }

    @Test
    void a_subscriber_confirms_with_the_button_behind_the_link_in_the_mail() throws Exception {
        Http.Response asked = post("/subscribe", Map.of("email", "Reader@Example.org"), origin);

        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.html().selectFirst("h1").text()).isEqualTo("Check your inbox");
        MimeMessage mail = mail(1);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("reader@example.org");
        String token = token(mail);
        Http.Response button = ledger.http().get("/subscribe/confirm/?token=" + token);
        assertThat(button.html().select("form[action=/subscribe/confirm] button").text()).isEqualTo("Confirm my subscription");
        assertThat(status(token)).isEqualTo("PENDING");

        Http.Response confirmed = post("/subscribe/confirm", Map.of("token", token), origin);

        assertThat(confirmed.html().selectFirst("h1").text()).isEqualTo("You are subscribed");
        assertThat(status(token)).isEqualTo("CONFIRMED");
    }

    @Test
    void the_answer_is_the_same_for_a_new_a_pending_and_a_subscribed_address() throws Exception {
        Http.Response fresh = post("/subscribe", Map.of("email", "ann@example.org"), origin);
        String token = token(mail(1));
        Http.Response pending = post("/subscribe", Map.of("email", "ann@example.org"), origin);
        assertThat(token(mail(2))).as("a pending address gets its confirmation again").isEqualTo(token);
        ledger.magazine().subscriptions().confirm(token);

        Http.Response subscribed = post("/subscribe", Map.of("email", "ANN@example.org"), origin);

        MimeMessage note = mail(3);
        assertThat(note.getSubject()).startsWith("You already receive");
        assertThat((String) note.getContent()).contains("/newsletter/manage/?token=" + token);
        for (Http.Response later : new Http.Response[] {pending, subscribed}) {
            assertThat(later.status()).isEqualTo(fresh.status());
            assertThat(later.body()).isEqualTo(fresh.body());
            assertThat(later.header("Cache-Control")).isEqualTo("no-store");
        }
    }

    @Test
    void an_address_that_is_none_is_refused_with_400_and_kept_in_the_form() {
        Http.Response refused = post("/subscribe", Map.of("email", "ann at example dot org"), origin);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#subscribe-email-error").text()).contains("not an email address we can send to");
        assertThat(refused.html().selectFirst("#subscribe-email").attr("value")).isEqualTo("ann at example dot org");
        assertThat(post("/subscribe", Map.of("email", "a".repeat(250) + "@example.org"), origin).html()
                .selectFirst("#subscribe-email-error").text()).contains("longer than any email address");
    }

    @Test
    void the_fourth_request_for_one_address_within_the_hour_is_refused_with_429() {
        for (int i = 0; i < 3; i++) {
            assertThat(post("/subscribe", Map.of("email", "ann@example.org"), origin).status()).isEqualTo(200);
        }

        Http.Response held = post("/subscribe", Map.of("email", "Ann@Example.org"), origin);

        assertThat(held.status()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isNotNull();
        assertThat(held.html().selectFirst("main").text()).contains("asked to subscribe too often");
        assertThat(post("/subscribe", Map.of("email", "bob@example.org"), origin).status()).isEqualTo(200);
    }

    @Test
    void the_eleventh_request_from_one_client_within_the_hour_is_refused_with_429() {
        for (int i = 0; i < 10; i++) {
            assertThat(post("/subscribe", Map.of("email", "reader" + i + "@example.org"), origin).status()).isEqualTo(200);
        }

        assertThat(post("/subscribe", Map.of("email", "reader10@example.org"), origin).status()).isEqualTo(429);
    }

    @Test
    void a_subscribe_form_sent_from_another_site_is_refused() {
        assertThat(post("/subscribe", Map.of("email", "ann@example.org"), "https://evil.example").status()).isEqualTo(403);
        assertThat(post("/subscribe", Map.of("email", "ann@example.org"), "null").status()).isEqualTo(403);
        assertThat(send("/subscribe", Map.of("email", "ann@example.org"), Map.of("Referer", "https://evil.example/page")).status())
                .isEqualTo(403);
        assertThat(ledger.mail().getReceivedMessages()).isEmpty();
    }

    @Test
    void one_click_unsubscribe_works_without_an_origin_and_opening_its_link_changes_nothing() throws Exception {
        String token = confirmedSubscriber("ann@example.org");
        Http.Response opened = ledger.http().get("/unsubscribe/?token=" + token);
        ledger.http().get("/subscribe/confirm/?token=" + token);
        assertThat(opened.html().selectFirst("h1").text()).isEqualTo("Your subscription");
        assertThat(status(token)).isEqualTo("CONFIRMED");

        Http.Response left = send("/unsubscribe?token=" + token, Map.of("List-Unsubscribe", "One-Click"), Map.of());

        assertThat(left.status()).isEqualTo(200);
        assertThat(status(token)).isEqualTo("UNSUBSCRIBED");
        assertThat(send("/unsubscribe?token=" + confirmedSubscriber("bob@example.org"), Map.of(), Map.of()).status())
                .as("a post without List-Unsubscribe=One-Click").isEqualTo(400);
    }

    @Test
    void the_manage_page_switches_to_weekly_and_lets_a_subscriber_leave() throws Exception {
        String token = confirmedSubscriber("ann@example.org");
        assertThat(ledger.http().get("/newsletter/manage/?token=" + token).html().selectFirst("input[value=daily]").hasAttr("checked")).isTrue();

        Http.Response saved = post("/newsletter/manage", Map.of("token", token, "frequency", "weekly"), origin);

        assertThat(saved.html().selectFirst("input[value=weekly]").hasAttr("checked")).isTrue();
        assertThat(ledger.magazine().subscriptions().find(token).orElseThrow().frequency().code()).isEqualTo("weekly");
        assertThat(post("/newsletter/manage", Map.of("token", token, "frequency", "weekly"), "https://evil.example").status()).isEqualTo(403);
        post("/newsletter/leave", Map.of("token", token), origin);
        assertThat(status(token)).isEqualTo("UNSUBSCRIBED");
    }

    @Test
    void the_form_is_on_the_public_pages_and_a_link_that_names_nobody_is_not_found() {
        Http.Response home = ledger.http().get("/subscribe/");
        assertThat(home.html().select("footer form.subscribe-form[action=/subscribe] input[name=email]")).hasSize(1);
        assertThat(home.header("Cache-Control")).isEqualTo("no-store");
        assertThat(ledger.http().get("/newsletter/manage/?token=" + "x".repeat(43)).status()).isEqualTo(404);
    }

    @Test
    void a_confirmation_link_left_unopened_for_more_than_a_week_says_it_has_expired() throws Exception {
        post("/subscribe", Map.of("email", "late@example.org"), origin);
        String token = token(mail(1));
        clock.set(clock.instant().plus(java.time.Duration.ofDays(7)).plusSeconds(1));
        ledger.magazine().scheduler().runDue();

        Http.Response link = ledger.http().get("/subscribe/confirm/?token=" + token);
        Http.Response button = post("/subscribe/confirm", Map.of("token", token), origin);

        assertThat(link.status()).isEqualTo(410);
        assertThat(link.html().selectFirst("h1").text()).isEqualTo("This link has expired");
        assertThat(link.html().select("main a[href=/subscribe/]").text()).isEqualTo("Subscribe again");
        assertThat(button.status()).isEqualTo(410);
        assertThat(ledger.magazine().subscriptions().find(token)).as("forgotten, address and all").isEmpty();
    }

    private String confirmedSubscriber(String email) throws Exception {
        int before = ledger.mail().getReceivedMessages().length;
        post("/subscribe", Map.of("email", email), origin);
        String token = token(mail(before + 1));
        ledger.magazine().subscriptions().confirm(token);
        return token;
    }

    private String status(String token) {
        return ledger.magazine().subscriptions().find(token).orElseThrow().status().name();
    }

    private MimeMessage mail(int count) {
        assertThat(ledger.mail().waitForIncomingEmail(5000, count)).as("mail number " + count + " arrived").isTrue();
        return ledger.mail().getReceivedMessages()[count - 1];
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher token = TOKEN.matcher((String) mail.getContent());
        assertThat(token.find()).as("the mail has a link with a token").isTrue();
        return token.group(1);
    }

    private Http.Response post(String path, Map<String, String> form, String origin) {
        return send(path, form, Map.of("Origin", origin));
    }

    private Http.Response send(String path, Map<String, String> form, Map<String, String> headers) {
        String body = new LinkedHashMap<>(form).entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(ledger.http().base().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return ledger.http().send(request.build());
    }
}
