package org.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.common.Invalid;

class EmailAddressesTest {
    @Test
    void an_address_is_kept_trimmed_and_in_lower_case() {
        assertThat(EmailAddresses.parse("  Ann.Lee+news@Example.ORG ")).isEqualTo("ann.lee+news@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ann", "ann@", "@example.org", "ann@localhost", "Ann <ann@example.org>", "ann@example.org, bob@example.org",
            "ann@@example.org", "ann@example..org", "ann@example.org."})
    void what_is_not_one_bare_deliverable_address_is_refused(String typed) {
        assertThatThrownBy(() -> EmailAddresses.parse(typed)).isInstanceOf(Invalid.class);
    }

    @Test
    void an_address_longer_than_smtp_carries_is_refused() {
        assertThatThrownBy(() -> EmailAddresses.parse("a".repeat(243) + "@example.org")).isInstanceOf(Invalid.class)
                .hasMessageContaining("longer than any email address");
    }
}
