package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.masthead.author.Author;
import org.masthead.author.AuthorProfile;
import org.masthead.author.AuthorService;
import org.masthead.common.Invalid;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;

/** Authors, with or without an account: the names their bylines show and their bios. */
final class AuthorScreens {
    private final AuthorService authors;
    private final AdminScreens screens;

    AuthorScreens(AuthorService authors, AdminScreens screens) {
        this.authors = authors;
        this.screens = screens;
    }

    void list(Context ctx) {
        int number = PeopleScreens.pageNumber(ctx);
        String words = ctx.queryParam("words");
        Page<Author> page = authors.search(words, new PageRequest(number, 50));
        String base = "/admin/authors/?" + (words == null || words.isBlank() ? "" : "words=" + java.net.URLEncoder.encode(words,
                java.nio.charset.StandardCharsets.UTF_8) + "&") + "page=";
        screens.render(ctx, "authors.jte", new AuthorViews.Authors(page.items(), words == null ? "" : words,
                number > 1 ? base + (number - 1) : null, page.hasNext() ? base + (number + 1) : null));
    }

    void edit(Context ctx) {
        Author author = authors.find(AdminRoutes.id(ctx));
        screens.render(ctx, "author.jte", new AuthorViews.AuthorForm(author,
                FormState.of(values(author)),
                "saved".equals(ctx.queryParam("done")) ? "Saved." : null));
    }

    private static Map<String, String> values(Author author) {
        AuthorProfile p = author.profile();
        var values = new java.util.HashMap<String, String>();
        values.put("name", author.name());
        values.put("bio", author.bioSource());
        values.put("website", p.website() == null ? "" : p.website());
        values.put("location", p.location());
        values.put("twitter", p.twitter() == null ? "" : p.twitter());
        values.put("facebook", p.facebook() == null ? "" : p.facebook());
        values.put("email", p.email() == null ? "" : p.email());
        return values;
    }

    void save(Context ctx) {
        long id = AdminRoutes.id(ctx);
        var values = AdminScreens.fields(ctx, "name", "bio", "website", "location", "twitter", "facebook", "email");
        try {
            authors.describe(AdminGate.actor(ctx), id, values.get("name"), values.get("bio"), new AuthorProfile(values.get("email"),
                    values.get("website"), values.get("location"), values.get("twitter"), values.get("facebook"), null));
            ctx.redirect("/admin/authors/" + id + "?done=saved", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            screens.render(ctx, 400, "author.jte", new AuthorViews.AuthorForm(authors.find(id), FormState.refused(values, refused), null));
        }
    }
}
