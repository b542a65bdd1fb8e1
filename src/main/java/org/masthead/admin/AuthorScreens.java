package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.masthead.author.Author;
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
                FormState.of(Map.of("name", author.name(), "bio", author.bioSource())),
                "saved".equals(ctx.queryParam("done")) ? "Saved." : null));
    }

    void save(Context ctx) {
        long id = AdminRoutes.id(ctx);
        var values = AdminScreens.fields(ctx, "name", "bio");
        try {
            authors.describe(AdminGate.actor(ctx), id, values.get("name"), values.get("bio"));
            ctx.redirect("/admin/authors/" + id + "?done=saved", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            screens.render(ctx, 400, "author.jte", new AuthorViews.AuthorForm(authors.find(id), FormState.refused(values, refused), null));
        }
    }
}
