package org.masthead.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Invalid;
import org.masthead.platform.Database;
import org.masthead.support.WebhookReceiver;

/** Webhooks a receiver refused, answered oddly or may not be sent to: tried again, given up, refused. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class WebhookRetriesTest extends ServedWebhooks {
    @Parameter
    Database.Kind kind;

    @Override
    Database.Kind kind() {
        return kind;
    }

    @Test
    void a_refusing_receiver_is_tried_again_after_one_five_and_thirty_minutes_two_and_twelve_hours_then_given_up() {
        receiver.thereafter(500);
        CreatedWebhook created = hook("post.published");
        magazine.workflow().publishNow(admin, draft("Strike Day").id());
        receiver.await(1);
        magazine.webhooks().deliverDue();

        Duration[] waits = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(12)};
        for (int i = 0; i < waits.length; i++) {
            clock.advance(waits[i].minusSeconds(1));
            magazine.webhooks().deliverDue();
            assertThat(receiver.received()).as("not yet due before %s", waits[i]).hasSize(i + 1);
            assertThat(only(created).status()).isEqualTo(Delivery.Status.PENDING);
            clock.advance(Duration.ofSeconds(1));
            magazine.webhooks().deliverDue();
            assertThat(receiver.received()).as("retried after %s", waits[i]).hasSize(i + 2);
        }

        Delivery delivery = only(created);
        assertThat(delivery.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(delivery.attempts()).isEqualTo(6);
        assertThat(delivery.lastStatusCode()).isEqualTo(500);
        assertThat(delivery.lastError()).contains("500");
        assertThat(delivery.nextAttemptAt()).isNull();
        clock.advance(Duration.ofDays(2));
        magazine.webhooks().deliverDue();
        assertThat(receiver.received()).hasSize(6);
        // Every try carries the same delivery, signed afresh.
        assertThat(receiver.received()).extracting(WebhookReceiver.Request::body).containsOnly(receiver.received().getFirst().body());
    }

    @Test
    void a_receiver_that_failed_once_gets_the_delivery_when_it_is_tried_again() {
        receiver.answering(503);
        CreatedWebhook created = hook("post.published");
        magazine.workflow().publishNow(admin, draft("Strike Day").id());
        receiver.await(1);
        magazine.webhooks().deliverDue();
        assertThat(only(created).lastStatusCode()).isEqualTo(503);
        assertThat(only(created).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofMinutes(1));
        magazine.webhooks().deliverDue();

        assertThat(receiver.received()).hasSize(2);
        assertThat(only(created).status()).isEqualTo(Delivery.Status.DELIVERED);
        assertThat(only(created).attempts()).isEqualTo(2);
        assertThat(only(created).lastError()).isNull();
    }

    @Test
    void a_restart_resumes_the_deliveries_left_pending() {
        receiver.answering(500);
        CreatedWebhook created = hook("post.published");
        magazine.workflow().publishNow(admin, draft("Strike Day").id());
        receiver.await(1);
        magazine.webhooks().deliverDue();
        magazine.close();
        magazine = null;

        clock.advance(Duration.ofMinutes(2));
        magazine = open();
        magazine.serve();

        List<WebhookReceiver.Request> received = receiver.await(2);
        assertThat(received.get(1).body()).isEqualTo(received.getFirst().body());
        magazine.webhooks().deliverDue();
        assertThat(only(created).status()).isEqualTo(Delivery.Status.DELIVERED);
    }

    @Test
    void a_redirect_is_not_followed_and_a_receiver_that_answers_gone_stops_its_webhook() {
        receiver.answering(302, 410);
        CreatedWebhook created = hook("post.published");
        magazine.workflow().publishNow(admin, draft("Strike Day").id());
        receiver.await(1);
        magazine.webhooks().deliverDue();
        assertThat(only(created).lastError()).contains("redirect to /elsewhere");
        assertThat(receiver.received()).extracting(WebhookReceiver.Request::path).containsExactly("/hooks/post.published");

        clock.advance(Duration.ofMinutes(1));
        magazine.webhooks().deliverDue();
        assertThat(only(created).status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(magazine.webhooks().find(admin, created.webhook().id()).active()).isFalse();

        magazine.workflow().publishNow(admin, draft("Another Day").id());
        magazine.webhooks().deliverDue();
        assertThat(receiver.received()).hasSize(2);
    }


    @Test
    void without_the_operators_leave_a_webhook_cannot_point_inside_the_servers_network() {
        magazine.close();
        env.put("MASTHEAD_WEBHOOKS_PRIVATE_TARGETS", "refuse");
        magazine = open();
        for (String inside : List.of("http://127.0.0.1:8080/", "http://localhost/hook", "http://10.1.2.3/", "http://[::1]/",
                "http://169.254.169.254/latest/meta-data/", "http://192.168.0.10/", "http://100.64.0.1/", "http://localhost./",
                "http://127.0.0.1./", "http://[::127.0.0.1]/", "http://[64:ff9b::10.1.2.3]/")) {
            assertThatThrownBy(() -> magazine.webhooks().add(admin, "Inside", "post.published", inside)).as(inside)
                    .isInstanceOf(Invalid.class).hasMessageContaining("inside this server's own network");
        }
        for (String ambiguous : List.of("http://0177.0.0.1/", "http://0x7f.0.0.1/", "http://0x7f000001/", "http://2130706433/",
                "http://127.1/")) {
            assertThatThrownBy(() -> magazine.webhooks().add(admin, "Odd", "post.published", ambiguous)).as(ambiguous)
                    .isInstanceOf(Invalid.class).hasMessageContaining("four numbers");
        }
        assertThatThrownBy(() -> magazine.webhooks().add(admin, "Odd", "post.published", "ftp://example.org/"))
                .isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> magazine.webhooks().add(admin, "Odd", "post.exploded", "https://example.org/"))
                .isInstanceOf(Invalid.class);
        assertThat(magazine.webhooks().add(admin, "Zapier", "post.published", "https://hooks.example.org/catch").webhook().targetUrl())
                .isEqualTo("https://hooks.example.org/catch");
    }

    @Test
    void a_webhook_added_with_the_operators_leave_is_not_sent_inside_once_the_leave_is_withdrawn() {
        String port = receiver.url("").replaceAll(".*:", "");
        List<CreatedWebhook> inside = List.of("localhost.", "[::127.0.0.1]", "[::ffff:127.0.0.1]", "[64:ff9b::7f00:1]").stream()
                .map(host -> magazine.webhooks().add(admin, host, "post.published", "http://" + host + ":" + port + "/hooks/inside"))
                .toList();
        magazine.close();
        env.put("MASTHEAD_WEBHOOKS_PRIVATE_TARGETS", "refuse");
        magazine = open();

        for (CreatedWebhook hook : inside) {
            magazine.webhooks().sendTest(admin, hook.webhook().id());
        }
        magazine.webhooks().deliverDue();

        for (CreatedWebhook hook : inside) {
            assertThat(only(hook).lastError()).as(hook.webhook().targetUrl()).contains("inside this server's own network");
        }
        assertThat(receiver.received()).isEmpty();
    }

}
