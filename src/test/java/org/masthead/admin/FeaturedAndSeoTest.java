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
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.article.Article;
import org.masthead.platform.Database;
import org.masthead.support.AdminClient;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;

/** What an article tells search engines, featured pieces on the home page, and old addresses that move on. */
class FeaturedAndSeoTest {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    private static final String PASSWORD = "correct horse battery";
    private RunningSite site;
    private Article piece;

    @BeforeEach
    void start() {
        site = RunningSite.empty(Database.Kind.SQLITE);
        User admin = site.magazine().accounts().createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        site.magazine().accounts().add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        User ann = site.magazine().accounts().add(admin.asActor(""), "Ann Writer", "ann@example.org", Role.AUTHOR, PASSWORD);
        site.magazine().accounts().bylineOf(ann.asActor(""));
        piece = anArticle().titled("Port Strike Diary").by("Ann Writer").withDek("Day one on the quay.")
                .withBody("The cranes stood still.").publishedOn(LocalDate.of(2018, 11, 12)).in(site.magazine());
        anArticle().titled("River Levels").by("Bo Chen").withBody("The river rose.").publishedOn(LocalDate.of(2018, 11, 13))
                .in(site.magazine());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private AdminClient signedIn(String email) {
        var client = new AdminClient(site.http().base());
        assertThat(client.signIn(email, PASSWORD).status()).isEqualTo(303);
        return client;
    }

    private Map<String, String> form(Map<String, String> changes) {
        Article current = site.magazine().articles().find(piece.id());
        var fields = new HashMap<String, String>();
        fields.put("title", current.title());
        fields.put("dek", current.dek());
        fields.put("slug", current.slug());
        fields.put("authors", "Ann Writer");
        fields.put("topics", "");
        fields.put("image", "");
        fields.put("format", "markdown");
        fields.put("body", current.body().source());
        fields.put("version", Integer.toString(current.version()));
        fields.put("meta_title", "");
        fields.put("meta_description", "");
        fields.put("canonical_url", "");
        fields.put("action", "save");
        fields.putAll(changes);
        return fields;
    }

    private Http.Response save(AdminClient client, Map<String, String> changes) {
        String editor = "/admin/articles/" + piece.id();
        return client.submit(editor, editor, form(changes));
    }

    @Test
    void an_editor_gives_a_piece_its_own_search_title_description_and_original_address() {
        Http.Response saved = save(signedIn("ed@example.org"), Map.of("meta_title", "Tilbury strike: day one",
                "meta_description", "The quay at Tilbury the morning the strike began.",
                "canonical_url", "https://first.example/port-strike"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);

        Document page = site.http().get(piece.path()).html();

        assertThat(page.title()).isEqualTo("Tilbury strike: day one");
        assertThat(page.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("The quay at Tilbury the morning the strike began.");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://first.example/port-strike");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Port Strike Diary");
    }

    @Test
    void an_editor_gives_a_piece_its_own_facebook_and_x_titles_and_descriptions_shown_again_in_the_form() {
        Http.Response saved = save(signedIn("ed@example.org"), Map.of("og_title", "Twelve hours on the quay",
                "og_description", "A diary of the strike's first day.", "x_title", "Tilbury strike, hour by hour"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);

        Document page = site.http().get(piece.path()).html();
        Document form = signedIn("ed@example.org").get("/admin/articles/" + piece.id()).html();

        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Twelve hours on the quay");
        assertThat(page.selectFirst("meta[property=og:description]").attr("content")).isEqualTo("A diary of the strike's first day.");
        assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo("Tilbury strike, hour by hour");
        assertThat(page.selectFirst("meta[name=twitter:description]").attr("content")).isEqualTo("A diary of the strike's first day.");
        assertThat(page.title()).isNotEqualTo("Twelve hours on the quay");
        assertThat(form.selectFirst("label[for=og_title]").text()).isEqualTo("Facebook / Open Graph title");
        assertThat(form.selectFirst("label[for=x_title]").text()).isEqualTo("X (Twitter) title");
        assertThat(form.selectFirst("#x_title").val()).isEqualTo("Tilbury strike, hour by hour");
        assertThat(form.selectFirst("details.seo-fields").hasAttr("open")).isTrue();
    }

    @Test
    void an_address_that_is_not_a_web_address_is_refused_by_its_field_and_the_text_is_kept() {
        Http.Response refused = save(signedIn("ed@example.org"), Map.of("canonical_url", "javascript:alert(1)",
                "body", "A new paragraph that must not be lost."));

        assertThat(refused.status()).isEqualTo(400);
        Document page = refused.html();
        assertThat(page.selectFirst("#canonical_url-error").text()).contains("http://");
        assertThat(page.selectFirst("details.seo-fields").hasAttr("open")).isTrue();
        assertThat(page.selectFirst("#body").text()).isEqualTo("A new paragraph that must not be lost.");
        assertThat(site.magazine().articles().find(piece.id()).seo().canonicalUrl()).isNull();
    }

    @Test
    void a_featured_piece_leads_the_home_page_and_only_editors_feature() {
        AdminClient author = signedIn("ann@example.org");
        assertThat(author.get("/admin/articles/" + piece.id()).html().select("input[name=featured]")).isEmpty();
        assertThat(save(author, Map.of("featured", "yes")).status()).isEqualTo(303);
        assertThat(site.magazine().articles().find(piece.id()).featured()).as("an author's own box is ignored").isFalse();
        assertThat(site.http().get("/").html().select("section.featured, .lead-story")).isEmpty();

        assertThat(save(signedIn("ed@example.org"), Map.of("featured", "yes")).status()).isEqualTo(303);

        Document home = site.http().get("/").html();
        assertThat(home.selectFirst(".lead-story .lead-title").text()).isEqualTo("Port Strike Diary");
        assertThat(home.selectFirst(".lead-story .dek").text()).isEqualTo("Day one on the quay.");
        assertThat(home.select("section.featured")).as("the one featured piece leads: none is left to pin").isEmpty();
        assertThat(site.http().get("/page/2/").status()).isEqualTo(404);
    }

    @Test
    void an_old_address_of_any_shape_answers_with_a_permanent_redirect_to_where_the_piece_is_now() {
        site.magazine().articleImports().rememberOldAddress(SYSTEM, "https://old.example/blog/2018/port-strike-diary.html",
                piece.id());
        site.magazine().articleImports().rememberOldAddress(SYSTEM, "https://old.example/?p=42", piece.id());
        site.magazine().articleImports().rememberOldAddress(SYSTEM, "/archives/%C3%A9t%C3%A9/", piece.id());

        for (String old : new String[] {"/blog/2018/port-strike-diary.html", "/?p=42", "/?p=42&utm_source=x", "/archives/été",
                "/archives/%c3%a9t%c3%a9/"}) {
            Http.Response moved = site.http().get(old.replace("é", "%C3%A9"));
            assertThat(moved.status()).as(old).isEqualTo(301);
            assertThat(moved.header("Location")).as(old).endsWith(piece.path());
        }
        assertThat(site.http().get("/?p=43").status()).as("another post's number is the home page").isEqualTo(200);
        assertThat(site.http().get("/blog/2018/other.html").status()).isEqualTo(404);
    }

    @Test
    void a_withdrawn_piece_is_no_longer_reached_through_its_old_address() {
        site.magazine().articleImports().rememberOldAddress(SYSTEM, "/blog/port-strike-diary/", piece.id());
        site.magazine().workflow().unpublish(SYSTEM, piece.id());

        assertThat(site.http().get("/blog/port-strike-diary/").status()).isEqualTo(404);
    }
}
