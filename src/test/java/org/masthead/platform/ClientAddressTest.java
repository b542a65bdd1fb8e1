package org.masthead.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static InetAddress ip(String text) {
        return ClientAddress.parse(text).orElseThrow();
    }

    private final ClientAddress behindLocalProxy = new ClientAddress(Set.of(ip("127.0.0.1"), ip("::1"), ip("10.0.0.2")));

    @Test
    void a_direct_connection_is_its_own_address_whatever_it_claims() {
        assertThat(behindLocalProxy.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(behindLocalProxy.of("203.0.113.9", null)).isEqualTo("203.0.113.9");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_nearest_untrusted_hop() {
        assertThat(behindLocalProxy.of("127.0.0.1", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(behindLocalProxy.of("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2")).as("a forged first entry is skipped")
                .isEqualTo("198.51.100.1");
        assertThat(behindLocalProxy.of("0:0:0:0:0:0:0:1", "2001:db8::7")).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(behindLocalProxy.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void a_header_that_is_not_an_address_is_not_believed_and_never_looked_up() {
        assertThat(behindLocalProxy.of("127.0.0.1", "evil.example")).isEqualTo("127.0.0.1");
        assertThat(behindLocalProxy.of("127.0.0.1", "198.51.100.1, unknown")).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.parse("cafe")).as("hex letters are a host name, not an address").isEmpty();
        assertThat(new ClientAddress(Set.of()).of("127.0.0.1", "198.51.100.1")).isEqualTo("127.0.0.1");
    }
}
