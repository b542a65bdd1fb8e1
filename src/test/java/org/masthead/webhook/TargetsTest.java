package org.masthead.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.common.Invalid;

/** Which addresses a webhook may be sent to while the operator keeps it to public ones. */
class TargetsTest {
    private static final String INSIDE = "inside this server's own network";
    private static final String AMBIGUOUS = "four numbers";

    private final Targets publicOnly = new Targets(false, Set::of);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.8.8", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "::1", "fe80::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.1.1.1", "224.0.0.1",
            "::127.0.0.1", "::10.1.1.1", "64:ff9b::7f00:1", "64:ff9b::192.168.1.1"})
    void an_address_inside_a_network_counts_as_private(String address) throws Exception {
        assertThat(Targets.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2606:4700::6810:84e5",
            "64:ff9b::5db8:d70e", "::ffff:8.8.8.8"})
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

    /** The one table both checks are held to: what is refused when the webhook is added is refused before a send. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "http://127.0.0.1:8080/,        refused",
        "http://localhost./hook,        refused",
        "http://LocalHost../hook,       refused",
        "http://127.0.0.1./,            refused",
        "http://[::127.0.0.1]/,         refused",
        "http://[::ffff:127.0.0.1]/,    refused",
        "http://[64:ff9b::7f00:1]/,     refused",
        "http://[64:ff9b::10.0.0.1]/,   refused",
        "http://[fe80::1%25eth0]/,      refused",
        "http://0177.0.0.1/,            ambiguous",
        "http://0x7f.0.0.1/,            ambiguous",
        "http://0x7f000001/,            ambiguous",
        "http://2130706433/,            ambiguous",
        "http://127.1/,                 ambiguous",
        "http://010.0.0.1/,             ambiguous",
        "http://[::ffff:0177.0.0.1]/,   ambiguous",
        "https://93.184.215.14/hook,    allowed",
        "https://[2606:4700::6810:84e5]/, allowed",
        "https://[64:ff9b::5db8:d70e]/, allowed",
        "https://[::ffff:8.8.8.8]/,     allowed",
    })
    void an_address_is_judged_alike_when_the_webhook_is_added_and_before_each_send(String url, String verdict) throws Exception {
        String expected = verdict.equals("refused") ? INSIDE : verdict.equals("ambiguous") ? AMBIGUOUS : null;
        if (expected == null) {
            assertThat(publicOnly.check(url)).isEqualTo(url);
            assertThat(publicOnly.refusalBeforeSending(URI.create(url))).isNull();
        } else {
            assertThatThrownBy(() -> publicOnly.check(url)).isInstanceOf(Invalid.class).hasMessageContaining(expected);
            assertThat(publicOnly.refusalBeforeSending(URI.create(url))).contains(expected);
        }
    }

    @Test
    void an_address_written_ambiguously_is_refused_even_with_the_operators_leave() throws Exception {
        Targets anywhere = new Targets(true, Set::of);
        for (String url : new String[] {"http://0177.0.0.1/", "http://0x7f000001/", "http://127.1/"}) {
            assertThatThrownBy(() -> anywhere.check(url)).as(url).isInstanceOf(Invalid.class)
                    .hasMessageContaining("like 192.0.2.10");
            assertThat(anywhere.refusalBeforeSending(URI.create(url))).as(url).contains(AMBIGUOUS);
        }
        assertThat(anywhere.check("http://localhost.:9000/hook")).isEqualTo("http://localhost.:9000/hook");
        assertThat(anywhere.refusalBeforeSending(URI.create("http://[::127.0.0.1]:9/"))).isNull();
    }

    @Test
    void the_servers_own_addresses_are_refused_even_when_they_are_public() throws Exception {
        Targets onPublicHost = new Targets(false, () -> own("203.0.113.7", "2001:db8::7"));
        for (String url : new String[] {"http://203.0.113.7/", "http://[::ffff:203.0.113.7]/", "http://[64:ff9b::203.0.113.7]/",
                "http://[2001:db8::7]/"}) {
            assertThatThrownBy(() -> onPublicHost.check(url)).as(url).isInstanceOf(Invalid.class).hasMessageContaining(INSIDE);
            assertThat(onPublicHost.refusalBeforeSending(URI.create(url))).as(url).contains(INSIDE);
        }
        assertThat(onPublicHost.check("http://203.0.113.8/")).isEqualTo("http://203.0.113.8/");
        assertThat(onPublicHost.refusalBeforeSending(URI.create("http://203.0.113.8/"))).isNull();
    }

    @Test
    void the_machines_real_interface_addresses_count_as_its_own() throws Exception {
        for (InetAddress address : Targets.interfaceAddresses()) {
            assertThat(new Targets(false).refusalBeforeSending(URI.create("http://" + literal(address) + "/"))).as(address.toString())
                    .contains(INSIDE);
        }
    }

    private static Set<InetAddress> own(String... addresses) {
        try {
            Set<InetAddress> all = new HashSet<>();
            for (String address : addresses) {
                all.add(InetAddress.getByName(address));
            }
            return all;
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static String literal(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        return address instanceof Inet6Address ? "[" + (zone < 0 ? text : text.substring(0, zone)) + "]" : text;
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
