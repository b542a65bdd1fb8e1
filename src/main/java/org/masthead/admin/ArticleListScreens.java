package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleHistory;
import org.masthead.article.ArticleLists;
import org.masthead.article.ArticleFilter;
import org.masthead.article.ArticleListItem;
import org.masthead.article.ArticleStatus;
import org.masthead.article.ListPage;
import org.masthead.article.Revision;
import org.masthead.article.WorkflowService;
import org.masthead.author.AuthorService;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.common.Slugs;
import org.masthead.edition.EditionService;

/** The list of articles with its filters, the revisions of one, their comparison, and the reader's preview. */
final class ArticleListScreens {
    private static final int PAGE_SIZE = 50;

    private final WorkflowService workflow;
    private final ArticleHistory history;
    private final ArticleLists lists;
    private final AuthorService authors;
    private final EditionService editions;
    private final AdminScreens screens;
    private final ZoneId zone;
    private final java.time.Clock clock;
    private final BiFunction<Article, LocalDate, byte[]> preview;

    ArticleListScreens(WorkflowService workflow, ArticleHistory history, ArticleLists lists, AuthorService authors,
            EditionService editions, AdminScreens screens, ZoneId zone, java.time.Clock clock, BiFunction<Article, LocalDate, byte[]> preview) {
        this.workflow = workflow;
        this.history = history;
        this.lists = lists;
        this.authors = authors;
        this.editions = editions;
        this.screens = screens;
        this.zone = zone;
        this.clock = clock;
        this.preview = preview;
    }

    void list(Context ctx) {
        Map<String, String> values = new HashMap<>();
        for (String name : new String[] {"status", "author", "edition", "from", "to", "words"}) {
            String value = ctx.queryParam(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        }
        FormState form = FormState.of(values);
        ArticleFilter filter;
        try {
            filter = filter(values);
        } catch (Invalid refused) {
            form = FormState.refused(values, refused);
            filter = ArticleFilter.all();
        }
        var after = ListPage.Cursor.parse(ctx.queryParam("after"));
        ListPage page = lists.list(AdminGate.actor(ctx), filter, after.orElse(null), PAGE_SIZE);
        String query = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)after=[^&]*", "").replaceFirst("^&", "");
        String base = "/admin/articles/?" + query;
        String older = page.hasNext() ? base + (query.isEmpty() ? "" : "&") + "after=" + page.next().token() : null;
        screens.render(ctx, form.hasErrors() ? 400 : 200, "articles.jte", new ArticleViews.ArticleList(page.items(), form,
                Arrays.stream(ArticleStatus.values()).flatMap(status -> status == ArticleStatus.SUBMITTED
                        ? java.util.stream.Stream.of(status.code(), "ready") : java.util.stream.Stream.of(status.code())).toList(),
                after.isPresent() ? base : null, older, zone.getId()));
    }

    void pages(Context ctx) {
        ListPage page = lists.list(AdminGate.actor(ctx), ArticleFilter.pages(), null, 500);
        screens.render(ctx, "pages.jte", new ArticleViews.Pages(page.items()));
    }

    void revisions(Context ctx) {
        long id = AdminRoutes.id(ctx);
        String compare = ctx.queryParam("compare");
        if (compare == null && ctx.queryParam("from") != null && ctx.queryParam("to") != null) {
            compare = ctx.queryParam("from") + "," + ctx.queryParam("to");
        }
        if (compare != null && compare.matches("\\d{1,6},\\d{1,6}")) {
            int from = Integer.parseInt(compare.substring(0, compare.indexOf(',')));
            int to = Integer.parseInt(compare.substring(compare.indexOf(',') + 1));
            Actor actor = AdminGate.actor(ctx);
            screens.render(ctx, "compare.jte", new ArticleViews.Comparison(id, workflow.open(actor, id).article().title(),
                    from, to, history.compare(actor, id, from, to)));
            return;
        }
        showRevisions(ctx, 200, id, null);
    }

    private void showRevisions(Context ctx, int status, long id, String problem) {
        Actor actor = AdminGate.actor(ctx);
        var desk = workflow.open(actor, id);
        screens.render(ctx, status, "revisions.jte", new ArticleViews.Revisions(id, desk.article().title(),
                history.revisions(actor, id), desk.article().version(), desk.canEdit(), problem));
    }

    void restore(Context ctx) {
        long id = AdminRoutes.id(ctx);
        String number = ctx.formParam("revision");
        String version = ctx.formParam("version");
        if (number == null || !number.matches("\\d{1,6}") || version == null || !version.matches("\\d{1,9}")) {
            throw new Invalid("choose a revision to restore");
        }
        try {
            history.restore(AdminGate.actor(ctx), id, Integer.parseInt(number), Integer.parseInt(version));
        } catch (org.masthead.article.EditConflict conflict) {
            showRevisions(ctx, 409, id, "Someone saved this article after you opened this list; their save is now at"
                    + " the top. Restore revision " + number + " again if you still want it.");
            return;
        }
        ctx.redirect("/admin/articles/" + id + "?done=restored", HttpStatus.SEE_OTHER);
    }

    void preview(Context ctx) {
        Article article = workflow.open(AdminGate.actor(ctx), AdminRoutes.id(ctx)).article();
        LocalDate day = article.scheduledAt() != null ? article.scheduledAt().atZone(zone).toLocalDate()
                : LocalDate.ofInstant(clock.instant(), zone);
        ctx.contentType("text/html; charset=utf-8").result(preview.apply(article, day));
    }

    private ArticleFilter filter(Map<String, String> values) {
        ArticleStatus status = null;
        Boolean ready = null;
        if (values.containsKey("status")) {
            // "submitted" lists what waits for review; "ready", the pieces in review an editor marked ready.
            ready = switch (values.get("status")) {
                case "ready" -> true;
                case "submitted" -> false;
                default -> null;
            };
            try {
                status = Boolean.TRUE.equals(ready) ? ArticleStatus.SUBMITTED : ArticleStatus.fromCode(values.get("status"));
            } catch (IllegalArgumentException e) {
                throw new Invalid("status", "choose a status from the list");
            }
        }
        Long author = null;
        if (values.containsKey("author")) {
            try {
                author = authors.findBySlug(Slugs.of(values.get("author"))).id();
            } catch (NotFound e) {
                throw new Invalid("author", "no author is called '" + values.get("author") + "'");
            }
        }
        Long edition = null;
        if (values.containsKey("edition")) {
            edition = editions.findContaining(date(values.get("edition"), "edition"))
                    .orElseThrow(() -> new Invalid("edition", "no edition covers " + values.get("edition"))).id();
        }
        LocalDate from = values.containsKey("from") ? date(values.get("from"), "from") : null;
        LocalDate to = values.containsKey("to") ? date(values.get("to"), "to") : null;
        return new ArticleFilter(status, author, edition, from, to, values.get("words"), org.masthead.article.ArticleKind.ARTICLE,
                ready);
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invalid(field, "give a date as YYYY-MM-DD");
        }
    }
}
