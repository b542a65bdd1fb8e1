package org.masthead.importer.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportService.Options;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;

/** A magazine that came from Ghost, as readers reach it: old addresses redirect, and what Ghost kept from them stays hidden. */
class GhostSiteTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static final List<String> HIDDEN = List.of("For members: the council budget", "For paying members: the audit",
            "Newsletter only", "Notes for later", "Next winter", "council-budget", "the-audit", "newsletter-only", "winter-ferries");

    @BeforeAll
    static void importTheHarbourReview() {
        ImportOutcome outcome = GhostFixtures.importFile(site.magazine(), GhostFixtures.harbourReview(),
                new Options(null, null, GhostFixtures.SITE));
        assertThat(outcome.failures()).isEmpty();
    }

    @Test
    void a_ghost_address_answers_with_a_permanent_redirect_to_the_article() {
        Http.Response old = site.http().get("/harbour-lights-return/");
        Http.Response amp = site.http().get("/harbour-lights-return/amp/");

        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).isEqualTo("/2024/03/04/harbour-lights-return/");
        assertThat(amp.status()).isEqualTo(301);
        assertThat(amp.header("Location")).isEqualTo("/2024/03/04/harbour-lights-return/");
        Http.Response article = site.http().get(old.header("Location"));
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.html().select("h1").text()).isEqualTo("Harbour lights return");
    }

    @Test
    void a_ghost_page_answers_at_the_address_it_had() {
        Http.Response about = site.http().get("/about/");

        assertThat(about.status()).isEqualTo(200);
        assertThat(about.body()).contains("Who we are");
    }

    @Test
    void members_only_paid_email_only_scheduled_and_draft_posts_are_on_no_public_page_or_feed() {
        List<String> pages = new ArrayList<>(List.of("/", "/feed/", "/feed/atom/", "/feed.json", "/author/maren/",
                "/topic/news/", "/sitemap.xml"));
        Matcher sitemaps = Pattern.compile("<loc>([^<]+)</loc>").matcher(site.http().get("/sitemap.xml").body());
        while (sitemaps.find()) {
            pages.add(URI.create(sitemaps.group(1)).getPath());
        }
        for (String path : pages) {
            Http.Response page = site.http().get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            for (String hidden : HIDDEN) {
                assertThat(page.body()).as(path).doesNotContain(hidden);
            }
        }
        // The checks above see something: what is public is there.
        assertThat(site.http().get("/feed/").body()).contains("Harbour lights return").contains("From the ferry archive");
        assertThat(String.join("", pages)).contains("sitemap-articles-2024-03.xml");
        for (String slug : List.of("council-budget", "the-audit", "newsletter-only", "winter-ferries", "notes-for-later")) {
            assertThat(site.http().get("/" + slug + "/").status()).as(slug).isEqualTo(404);
        }
    }
}
