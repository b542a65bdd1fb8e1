package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.account.AccountService;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDesk;
import org.masthead.article.ArticleStatus;
import org.masthead.article.BodyFormat;
import org.masthead.article.DraftInput;
import org.masthead.article.ArticleHistory;
import org.masthead.article.EditConflict;
import org.masthead.article.ParagraphMerge;
import org.masthead.article.WorkflowService;
import org.masthead.common.Invalid;
import org.masthead.markup.Markup;
import org.masthead.topic.Topic;
import org.masthead.topic.TopicSuggestions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing and editing an article: one form whose buttons save, then submit, publish or schedule; the
 * workflow's other steps; notes. A refused save comes back with everything typed, the error by its field,
 * and, after a conflict, what the other person saved beside it.
 */
final class ArticleScreens {
    static final String[] FIELDS = {"title", "dek", "slug", "authors", "topics", "image", "format", "body", "version", "when",
        "featured", "meta_title", "meta_description", "canonical_url", "og_title", "og_description", "x_title", "x_description"};

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WorkflowService workflow;
    private final ArticleHistory history;
    private final AccountService accounts;
    private final AdminScreens screens;
    private final ZoneId zone;
    private final TopicSuggestions topicSuggestions;
    private final LeadPictures pictures;
    private final String script;

    /** {@code script}: the editor's script's address (toolbar, typography, counts, autosave, pictures in the text). */
    ArticleScreens(WorkflowService workflow, ArticleHistory history, AccountService accounts, AdminScreens screens, ZoneId zone,
            TopicSuggestions topicSuggestions, LeadPictures pictures, String script) {
        this.workflow = workflow;
        this.script = script;
        this.pictures = pictures;
        this.topicSuggestions = topicSuggestions;
        this.history = history;
        this.accounts = accounts;
        this.screens = screens;
        this.zone = zone;
    }

    void blank(Context ctx) {
        var form = FormState.of(Map.of("format", "markdown", "authors", AdminGate.session(ctx).user().name()));
        screens.render(ctx, "article.jte", ArticleViews.Editor.blank(form, zone, false).with(pictures.offer(AdminGate.actor(ctx), form), script));
    }

    void blankPage(Context ctx) {
        FormState form = FormState.of(Map.of("format", "markdown"));
        screens.render(ctx, "article.jte", ArticleViews.Editor.blank(form, zone, true).with(pictures.offer(AdminGate.actor(ctx), form), script));
    }

    void createPage(Context ctx) {
        Map<String, String> values = AdminScreens.fields(ctx, FIELDS);
        try {
            Article page = workflow.writePage(AdminGate.actor(ctx), input(values));
            ctx.redirect("/admin/articles/" + page.id() + "?done=created", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            FormState form = FormState.refused(values, refused);
            screens.render(ctx, 400, "article.jte", ArticleViews.Editor.withErrors(form, preview(values), zone, true)
                    .with(pictures.offer(AdminGate.actor(ctx), form), script));
        }
    }

    void create(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        Map<String, String> values = AdminScreens.fields(ctx, FIELDS);
        try {
            Article article = workflow.write(actor, input(values), accounts.bylineOf(actor));
            ctx.redirect("/admin/articles/" + article.id() + "?done=created", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            FormState form = FormState.refused(values, refused);
            screens.render(ctx, 400, "article.jte", ArticleViews.Editor.withErrors(form, preview(values), zone, false)
                    .with(pictures.offer(actor, form), script));
        }
    }

    void edit(Context ctx) {
        long id = AdminRoutes.id(ctx);
        ArticleDesk desk = workflow.open(AdminGate.actor(ctx), id);
        String done = ctx.queryParam("done");
        FormState form = FormState.of(values(desk));
        if (done != null) {
            form = new FormState(form.values(), Map.of(), null);
        }
        render(ctx, 200, desk, form, null, notice(done));
    }

    /** Saves the content, then takes the step the pressed button asked for. */
    void save(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        long id = AdminRoutes.id(ctx);
        Map<String, String> values = withKeptTopics(ctx, AdminScreens.fields(ctx, FIELDS));
        values.putAll(AdminScreens.fields(ctx, LeadPictures.FIELDS));
        String action = ctx.formParam("action") == null ? "save" : ctx.formParam("action");
        try {
            if (action.equals("merge")) {
                // The text as chosen, place by place, between the version now stored and this person's.
                String stored = workflow.open(actor, id).article().body().source();
                values.put("body", ParagraphMerge.merge(stored, values.getOrDefault("body", ""), keptAsMine(ctx)));
            }
            pictures.describe(actor, values);
            int version = Integer.parseInt(values.getOrDefault("version", "0"));
            WorkflowService.Step step = switch (action) {
                case "submit" -> WorkflowService.Step.SUBMIT;
                case "publish" -> WorkflowService.Step.PUBLISH;
                case "schedule" -> WorkflowService.Step.SCHEDULE;
                case "save", "merge" -> WorkflowService.Step.SAVE;
                default -> throw new Invalid("unknown action '" + action + "'");
            };
            Instant when = step == WorkflowService.Step.SCHEDULE ? when(values.get("when")) : null;
            workflow.saveThen(actor, id, input(values), presentation(actor, id, values), version, step, when);
            ctx.redirect("/admin/articles/" + id + "?done=" + action, HttpStatus.SEE_OTHER);
        } catch (EditConflict conflict) {
            // Keep everything typed; the next save is made knowingly over the version now stored.
            var kept = new HashMap<>(values);
            kept.put("version", Integer.toString(conflict.current().version()));
            render(ctx, 409, workflow.open(actor, id), FormState.message(kept, FormState.sentence(conflict.getMessage()) + " "
                    + FormState.sentence(savedMeanwhile(actor, id))),
                    history.compare(conflict), null, ParagraphMerge.places(conflict.current().body().source(),
                            conflict.attempted().body().source()));
        } catch (Invalid refused) {
            render(ctx, 400, workflow.open(actor, id), FormState.refused(values, refused), null, null);
        } catch (org.masthead.common.Forbidden refused) {
            render(ctx, 403, workflow.open(actor, id), FormState.message(values, FormState.sentence(refused.getMessage())), null, null);
        } catch (NumberFormatException badVersion) {
            render(ctx, 400, workflow.open(actor, id), FormState.message(values, "The form is damaged; reload the page."), null, null);
        }
    }

    /** Saves as one writes: the editor's script calls it after a pause in typing, and reads JSON, never a page. */
    void autosave(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        long id = AdminRoutes.id(ctx);
        Map<String, String> values = AdminScreens.fields(ctx, FIELDS);
        try {
            int version = Integer.parseInt(values.getOrDefault("version", ""));
            Article saved = workflow.autosave(actor, id, input(values), version);
            json(ctx, 200, Map.of("version", saved.version()));
        } catch (EditConflict conflict) {
            json(ctx, 409, Map.of("message", "Not saved: " + savedMeanwhile(actor, id)
                    + " Nothing of yours is lost: press Save to see both versions side by side."));
        } catch (Invalid refused) {
            json(ctx, 400, Map.of("message", "Not saved: " + FormState.sentence(refused.getMessage()),
                    "field", refused.field() == null ? "" : refused.field()));
        } catch (NumberFormatException badVersion) {
            json(ctx, 400, Map.of("message", "Not saved: the form is damaged; reload the page."));
        }
    }

    /** The places of a merge whose own paragraphs were chosen: radio buttons named keep-N set to "mine". */
    private static java.util.Set<Integer> keptAsMine(Context ctx) {
        var mine = new java.util.HashSet<Integer>();
        ctx.formParamMap().forEach((name, values) -> {
            if (name.matches("keep-\\d{1,4}") && values.contains("mine")) {
                mine.add(Integer.parseInt(name.substring(5)));
            }
        });
        return mine;
    }

    /** Who saved the version now stored, and when: "Ann Editor saved a newer version on 7 Dec 2026, 10:42." */
    private String savedMeanwhile(Actor actor, long id) {
        return history.revisions(actor, id).stream().findFirst()
                .map(last -> last.savedBy().replace(" (autosave)", "") + " saved a newer version on "
                        + AdminFormat.dateTime(last.savedAt(), zone) + ".")
                .orElse("someone saved a newer version meanwhile.");
    }

    private static void json(Context ctx, int status, Map<String, ?> body) {
        org.masthead.platform.HttpServer.keepPage(ctx);
        ctx.status(status).contentType("application/json").header("Cache-Control", "no-store")
                .result(JSON.writeValueAsBytes(body));
    }

    void step(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        long id = AdminRoutes.id(ctx);
        String step = ctx.pathParam("step");
        switch (step) {
            case "unschedule" -> workflow.unschedule(actor, id);
            case "unpublish" -> workflow.unpublish(actor, id);
            case "send-back" -> workflow.sendBack(actor, id, ctx.formParam("note"));
            case "withdraw" -> workflow.sendBack(actor, id, null);
            case "mark-ready" -> workflow.ready().mark(actor, id);
            case "unmark-ready" -> workflow.ready().unmark(actor, id);
            case "note" -> workflow.addNote(actor, id, ctx.formParam("note"));
            default -> throw new org.masthead.common.NotFound("no step " + step);
        }
        ctx.redirect("/admin/articles/" + id + "?done=" + step, HttpStatus.SEE_OTHER);
    }

    /** The live preview: the body rendered exactly as it will be published. */
    void livePreview(Context ctx) {
        String format = ctx.formParam("format");
        String source = ctx.formParam("markdown") == null ? "" : ctx.formParam("markdown");
        if (source.length() > 2_000_000) {
            throw new Invalid("a body of more than two million characters is too long to preview");
        }
        ctx.contentType("text/html; charset=utf-8")
                .result("html".equals(format) ? Markup.htmlBody(source) : Markup.markdownBody(source));
    }

    private void render(Context ctx, int status, ArticleDesk desk, FormState form, List<org.masthead.article.Differences.Line> conflict,
            String notice) {
        render(ctx, status, desk, form, conflict, notice, List.of());
    }

    private void render(Context ctx, int status, ArticleDesk desk, FormState form, List<org.masthead.article.Differences.Line> conflict,
            String notice, List<ParagraphMerge.Place> places) {
        Article article = desk.article();
        FormState shown = notice == null ? form : new FormState(form.values(), form.errors(), null);
        List<String> suggested = article.isPage() || !desk.canEdit() ? List.of() : topicSuggestions.forArticle(article.id(), article.body().html());
        screens.render(ctx, status, "article.jte", ArticleViews.Editor.of(desk, shown, preview(shown.values()), conflict, notice,
                zone, suggested).with(pictures.offer(AdminGate.actor(ctx), shown), script).merging(places));
    }

    private static String preview(Map<String, String> values) {
        String body = values.getOrDefault("body", "");
        return "html".equals(values.get("format")) ? Markup.htmlBody(body) : Markup.markdownBody(body);
    }

    private static Map<String, String> values(ArticleDesk desk) {
        Article article = desk.article();
        Map<String, String> values = new HashMap<>();
        values.put("title", article.title());
        values.put("dek", article.dek());
        values.put("slug", article.slug());
        values.put("authors", String.join("\n", article.authors().stream().map(b -> b.name()).toList()));
        values.put("topics", String.join(", ", desk.topics().stream().map(Topic::name).toList()));
        values.put("image", article.leadImageId() == null ? "" : article.leadImageId().toString());
        values.put("format", article.body().format() == BodyFormat.HTML ? "html" : "markdown");
        values.put("body", article.body().source());
        values.put("version", Integer.toString(article.version()));
        values.put("featured", article.featured() ? "yes" : "");
        values.put("meta_title", article.seo().title());
        values.put("meta_description", article.seo().description());
        values.put("canonical_url", article.seo().canonicalUrl() == null ? "" : article.seo().canonicalUrl());
        values.put("og_title", article.seo().social().ogTitle());
        values.put("og_description", article.seo().social().ogDescription());
        values.put("x_title", article.seo().social().xTitle());
        values.put("x_description", article.seo().social().xDescription());
        return values;
    }

    /** The topics typed, and after them the suggested ones the editor ticked to keep. */
    private static Map<String, String> withKeptTopics(Context ctx, Map<String, String> values) {
        List<String> kept = ctx.formParams("keep_topic");
        if (!kept.isEmpty()) {
            String typed = values.getOrDefault("topics", "").strip();
            values.put("topics", (typed.isEmpty() ? "" : typed + ", ") + String.join(", ", kept));
        }
        return values;
    }

    /** How the form presents the article; the featured box is an editor's, so others keep what is stored. */
    private org.masthead.article.Presentation presentation(Actor actor, long id, Map<String, String> values) {
        if (!values.containsKey("meta_title")) {
            // CASE: the form's fields were disabled (the person may not edit it): nothing about them was sent.
            return null;
        }
        boolean featured = actor.atLeast(org.masthead.common.Role.EDITOR) ? "yes".equals(values.get("featured"))
                : workflow.open(actor, id).article().featured();
        return new org.masthead.article.Presentation(featured, new org.masthead.article.Seo(values.get("meta_title"),
                values.get("meta_description"), values.get("canonical_url"), new org.masthead.article.Seo.Social(
                        values.get("og_title"), values.get("og_description"), values.get("x_title"), values.get("x_description"))));
    }

    private static DraftInput input(Map<String, String> values) {
        Long image = null;
        String imageField = values.getOrDefault("image", "").strip();
        if (!imageField.isEmpty()) {
            if (!imageField.matches("\\d{1,18}")) {
                throw new Invalid("image", "choose a lead image from the media library, or none");
            }
            image = Long.parseLong(imageField);
        }
        return new DraftInput(values.get("title"), values.get("slug"), values.get("dek"),
                "html".equals(values.get("format")) ? BodyFormat.HTML : BodyFormat.MARKDOWN, values.get("body"),
                Arrays.asList(values.getOrDefault("authors", "").split("\\R|,")),
                Arrays.asList(values.getOrDefault("topics", "").split(",")), image);
    }

    private Instant when(String text) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid("when", "give a date and a time to schedule it for");
        }
    }

    private static String notice(String done) {
        return done == null ? null : switch (done) {
            case "created" -> "Saved as a draft.";
            case "save" -> "Saved.";
            case "merge" -> "Saved, with the text merged as you chose.";
            case "submit" -> "Saved and submitted for review. An editor will look at it.";
            case "publish" -> "Published.";
            case "schedule" -> "Scheduled.";
            case "unschedule" -> "No longer scheduled; it is a draft again.";
            case "unpublish" -> "Unpublished: readers no longer see it.";
            case "send-back" -> "Sent back to its writer as a draft.";
            case "withdraw" -> "Withdrawn from review; it is a draft again.";
            case "mark-ready" -> "Marked ready: it has left the review queue and waits for an edition or a time to go out.";
            case "unmark-ready" -> "No longer marked ready; it waits for review again.";
            case "note" -> "Note added.";
            case "restored" -> "The revision is restored, as a new save.";
            case "lead-image" -> "The lead image is chosen.";
            default -> null;
        };
    }
}
