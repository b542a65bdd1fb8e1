package org.masthead.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.support.ReferencePage;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/** The reference page, imported as the README shows, as feed readers get it. */
class FeedReferencePageTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(RunningSite::withReferencePage);

    @Test
    void the_reference_articles_entry_carries_its_pictures_credit_and_its_whole_text() throws Exception {
        var feed = new SyndFeedInput().build(new StringReader(site.http().get("/author/patrick-cockburn/feed/").body()));
        SyndEntry entry = feed.getEntries().getFirst();
        var content = Jsoup.parseBodyFragment(entry.getContents().getFirst().getValue());

        assertThat(entry.getTitle()).isEqualTo(ReferencePage.TITLE);
        assertThat(content.selectFirst("figcaption").text()).isEqualTo("Photo by Erich Ferdinand | CC BY 2.0");
        assertThat(content.selectFirst("figcaption a[rel=license]").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/2.0/");
        assertThat(content.select("p").eachText()).containsSequence(ReferencePage.paragraphs().subList(0, 2));
    }

    @Test
    void lineup_entries_known_only_by_their_titles_stay_out_of_their_editions_feed() throws Exception {
        var feed = new SyndFeedInput().build(new StringReader(site.http().get("/edition/2018-11-12/feed/").body()));

        assertThat(feed.getEntries()).isEmpty();
    }
}
