package org.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.author.Author;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;

/** What else the magazine knows of a writer: kept on the Authors screen, shown on their page, the email never. */
class AuthorProfileTest {
    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private Author ann;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        anArticle().titled("Port Strike Diary").by("Ann Writer").withBody("The cranes stood still.")
                .publishedOn(LocalDate.of(2018, 11, 12)).in(site.magazine());
        ann = site.magazine().authors().findBySlug("ann-writer");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Http.Response save(Map<String, String> changes) {
        var client = new AdminClient(site.http().base());
        assertThat(client.signIn("ada@example.org", PASSWORD).status()).isEqualTo(303);
        var fields = new HashMap<String, String>(Map.of("name", "Ann Writer", "bio", "Ann writes about ports.", "website", "",
                "location", "", "twitter", "", "facebook", "", "email", ""));
        fields.putAll(changes);
        return client.submit("/admin/authors/" + ann.id(), "/admin/authors/" + ann.id(), fields);
    }

    @Test
    void a_writers_website_place_and_accounts_show_on_their_page_and_their_email_does_not() {
        Http.Response saved = save(Map.of("website", "https://ann.example/", "location", "Tilbury", "twitter", "@annwrites",
                "email", "ann@private.example"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);

        Http.Response page = site.http().get("/author/ann-writer/");
        Document html = page.html();

        assertThat(html.selectFirst(".author-location").text()).isEqualTo("Tilbury");
        assertThat(html.select(".author-links a").eachAttr("href")).containsExactly("https://ann.example/", "https://x.com/annwrites");
        assertThat(page.body()).doesNotContain("ann@private.example");
        assertThat(site.magazine().authors().find(ann.id()).profile().email()).isEqualTo("ann@private.example");
    }

    @Test
    void a_website_that_is_not_a_web_address_is_refused_by_its_field_and_nothing_is_lost() {
        Http.Response refused = save(Map.of("website", "javascript:alert(1)", "bio", "A bio that must not be lost."));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().selectFirst("#website-error").text()).contains("http");
        assertThat(refused.html().selectFirst("#bio").text()).isEqualTo("A bio that must not be lost.");
        assertThat(site.magazine().authors().find(ann.id()).bioSource()).isEmpty();
    }
}
