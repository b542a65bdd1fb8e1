package org.masthead.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareNetworkTest {
    private static final String URL = "https://mag.example/2018/11/12/a-title/";

    @Test
    void a_share_link_carries_the_address_and_the_title_encoded() {
        ShareLink link = ShareNetwork.REDDIT.linkFor(URL, "Military “Service” & Class");
        assertThat(link.href()).isEqualTo("https://www.reddit.com/submit?url=https%3A%2F%2Fmag.example%2F2018%2F11%2F12%2Fa-title%2F"
                + "&title=Military%20%E2%80%9CService%E2%80%9D%20%26%20Class");
    }

    @Test
    void an_email_link_uses_percent_twenty_for_spaces() {
        assertThat(ShareNetwork.EMAIL.linkFor(URL, "Two words").href()).startsWith("mailto:?subject=Two%20words&body=https%3A");
    }

    @Test
    void twitter_is_understood_as_x() {
        assertThat(ShareNetwork.fromCode(" Twitter ")).contains(ShareNetwork.X);
        assertThat(ShareNetwork.fromCode("hacker-news")).contains(ShareNetwork.HACKER_NEWS);
        assertThat(ShareNetwork.fromCode("google+")).isEmpty();
    }
}
