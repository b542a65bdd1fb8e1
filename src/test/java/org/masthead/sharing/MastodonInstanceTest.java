package org.masthead.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MastodonInstanceTest {
    private static final String URL = "https://mag.example/2018/11/12/a-title/";

    @Test
    void a_server_is_read_as_people_type_it_by_name_address_or_handle() {
        assertThat(MastodonInstance.parse("mastodon.social")).contains(new MastodonInstance("mastodon.social"));
        assertThat(MastodonInstance.parse("  https://Mastodon.Social/ ")).contains(new MastodonInstance("mastodon.social"));
        assertThat(MastodonInstance.parse("@ann@hachyderm.io")).contains(new MastodonInstance("hachyderm.io"));
        assertThat(MastodonInstance.parse("ann@social.coop.")).contains(new MastodonInstance("social.coop"));
        assertThat(MastodonInstance.parse("bücher.social")).contains(new MastodonInstance("xn--bcher-kva.social"));
    }

    @Test
    void anything_but_a_host_name_on_the_internet_is_refused() {
        for (String typed : new String[] {"", " ", "mastodon", "localhost", "127.0.0.1", "[::1]", "mastodon.social:8443",
                "mastodon.social/share", "mastodon.social?x=1", "evil.example#x", "javascript:alert(1)", "a..b.social",
                "-bad.social", "http://", "mastodon.social/@ann", "x".repeat(64) + ".social", "data:text/html,hi", null}) {
            assertThat(MastodonInstance.parse(typed)).as(String.valueOf(typed)).isEmpty();
        }
    }

    @Test
    void the_share_address_is_the_servers_own_share_page_with_the_title_and_address_as_text() {
        URI share = new MastodonInstance("mastodon.social").shareUrl("Military “Service” & Class", URL);

        assertThat(share.getScheme()).isEqualTo("https");
        assertThat(share.getHost()).isEqualTo("mastodon.social");
        assertThat(share.getPath()).isEqualTo("/share");
        assertThat(share.getQuery()).isEqualTo("text=Military “Service” & Class " + URL);
        assertThat(share.getRawQuery()).startsWith("text=Military%20%E2%80%9CService%E2%80%9D%20%26%20Class%20https%3A");
    }

    @Test
    void a_long_title_is_shortened_so_that_the_address_always_fits_whole() {
        String text = new MastodonInstance("mastodon.social").shareUrl("word ".repeat(200), URL).getQuery();

        assertThat(text).hasSizeLessThanOrEqualTo("text=".length() + MastodonInstance.MAX_TEXT).endsWith("… " + URL);
    }

    @Test
    void a_title_of_emoji_is_never_cut_through_the_middle_of_one() {
        for (String url : new String[] {URL, URL + "x"}) {
            String text = new MastodonInstance("mastodon.social").shareUrl("\uD83D\uDE00".repeat(400), url).getQuery();

            // A half emoji would be encoded as a question mark.
            assertThat(text).as(url).doesNotContain("?").endsWith("\uD83D\uDE00… " + url);
        }
    }
}
