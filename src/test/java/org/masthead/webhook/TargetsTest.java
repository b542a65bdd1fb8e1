package org.masthead.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.common.Invalid;

/** Which addresses a webhook may be sent to while the operator keeps it to public ones. */
class TargetsTest {
    private final Targets publicOnly = new Targets(false);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.8.8", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "::1", "fe80::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.1.1.1", "224.0.0.1"})
    void an_address_inside_a_network_counts_as_private(String address) throws Exception {
        assertThat(Targets.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2606:4700::6810:84e5"})
    void a_public_address_does_not(String address) throws Exception {
        assertThat(Targets.isPrivate(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void an_address_named_by_number_is_judged_without_a_lookup_when_the_webhook_is_added() {
        assertThatThrownBy(() -> publicOnly.check("http://[::ffff:7f00:1]/hook")).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> publicOnly.check("http://metadata.internal/")).isInstanceOf(Invalid.class);
        assertThat(publicOnly.check("  https://93.184.215.14/hook  ")).isEqualTo("https://93.184.215.14/hook");
        assertThat(new Targets(true).check("http://127.0.0.1:9000/hook")).isEqualTo("http://127.0.0.1:9000/hook");
    }

    @Test
    void an_address_with_a_password_in_it_or_without_a_server_is_refused() {
        assertThatThrownBy(() -> publicOnly.check("https://user:secret@hooks.example.org/")).isInstanceOf(Invalid.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> publicOnly.check("https:///path")).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> publicOnly.check("")).isInstanceOf(Invalid.class);
    }

    @Test
    void before_a_send_the_host_is_resolved_and_judged_by_where_it_points() throws Exception {
        assertThat(publicOnly.refusalBeforeSending(URI.create("http://127.0.0.1:9/"))).contains("inside this server's own network");
        assertThat(new Targets(true).refusalBeforeSending(URI.create("http://127.0.0.1:9/"))).isNull();
    }
}
