package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.masthead.common.Actor;
import org.masthead.article.WorkflowService;
import org.masthead.common.Invalid;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.media.CreditKind;
import org.masthead.media.FocalPoint;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.media.MediaService;

/** The media library: uploading pictures with their credit, describing them, choosing an article's lead image. */
final class MediaScreens {
    static final String[] DETAILS = {"alt", "caption", "kind", "credit", "creditUrl", "licence", "for"};

    private final MediaService media;
    private final WorkflowService workflow;
    private final AdminScreens screens;

    MediaScreens(MediaService media, WorkflowService workflow, AdminScreens screens) {
        this.media = media;
        this.workflow = workflow;
        this.screens = screens;
    }

    void library(Context ctx) {
        show(ctx, 200, FormState.of(Map.of("kind", "photo", "licence", Licence.ALL_RIGHTS_RESERVED.code(),
                "for", forArticle(ctx.queryParam("for")))));
    }

    void upload(Context ctx) {
        Actor actor = AdminGate.actor(ctx);
        Map<String, String> values = AdminScreens.fields(ctx, DETAILS);
        try {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null || file.size() == 0) {
                throw new Invalid("file", "choose a picture to upload");
            }
            byte[] content;
            try (InputStream in = file.content()) {
                content = in.readAllBytes();
            }
            Image image = media.upload(actor, file.filename(), content, details(values));
            String article = forArticle(values.get("for"));
            if (!article.isEmpty()) {
                workflow.chooseLeadImage(actor, Long.parseLong(article), image.id());
                ctx.redirect("/admin/articles/" + article + "?done=lead-image", HttpStatus.SEE_OTHER);
            } else {
                ctx.redirect("/admin/media/" + image.id() + "?done=uploaded", HttpStatus.SEE_OTHER);
            }
        } catch (Invalid refused) {
            show(ctx, 400, FormState.refused(values, refused));
        } catch (IOException e) {
            show(ctx, 400, FormState.message(values, "The upload was cut short. Please send the picture again."));
        }
    }

    void edit(Context ctx) {
        Image image = media.find(AdminRoutes.id(ctx));
        screens.render(ctx, "picture.jte", new MediaViews.Picture(image, FormState.of(values(image)), licences(),
                "uploaded".equals(ctx.queryParam("done")) ? "Uploaded. Check its alt text and credit: a picture goes out only with both."
                        : "described".equals(ctx.queryParam("done")) ? "Saved."
                        : "focused".equals(ctx.queryParam("done")) ? "The focal point is saved." : null));
    }

    void describe(Context ctx) {
        long id = AdminRoutes.id(ctx);
        Map<String, String> values = AdminScreens.fields(ctx, DETAILS);
        try {
            media.describe(AdminGate.actor(ctx), id, details(values));
            ctx.redirect("/admin/media/" + id + "?done=described", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            screens.render(ctx, 400, "picture.jte", new MediaViews.Picture(media.find(id), FormState.refused(values, refused),
                    licences(), null));
        }
    }

    /** Sets the picture's focal point from the two numbers (both empty: its centre). */
    void focus(Context ctx) {
        long id = AdminRoutes.id(ctx);
        Map<String, String> sent = AdminScreens.fields(ctx, "x", "y");
        try {
            media.setFocalPoint(AdminGate.actor(ctx), id, focalPoint(sent.getOrDefault("x", ""), sent.getOrDefault("y", "")));
            ctx.redirect("/admin/media/" + id + "?done=focused", HttpStatus.SEE_OTHER);
        } catch (Invalid refused) {
            Image image = media.find(id);
            var values = new java.util.HashMap<>(values(image));
            values.putAll(sent);
            screens.render(ctx, 400, "picture.jte", new MediaViews.Picture(image, FormState.refused(values, refused),
                    licences(), null));
        }
    }

    static FocalPoint focalPoint(String x, String y) {
        if (x.isBlank() && y.isBlank()) {
            return null;
        }
        if (!x.strip().matches("\\d{1,3}") || !y.strip().matches("\\d{1,3}")) {
            throw new Invalid("focus", "give the focal point as two whole numbers from 0 to 100, or leave both empty for the centre");
        }
        return new FocalPoint(Integer.parseInt(x.strip()), Integer.parseInt(y.strip()));
    }

    void useAsLead(Context ctx) {
        long article = AdminRoutes.id(ctx);
        String image = ctx.formParam("image");
        if (image == null || !image.matches("[1-9]\\d{0,17}")) {
            throw new Invalid("choose a picture");
        }
        workflow.chooseLeadImage(AdminGate.actor(ctx), article, Long.parseLong(image));
        ctx.redirect("/admin/articles/" + article + "?done=lead-image", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, FormState form) {
        int number = PeopleScreens.pageNumber(ctx);
        Page<Image> page = media.library(new PageRequest(number, 48));
        String forArticle = form.value("for");
        String query = forArticle.isEmpty() ? "?page=" : "?for=" + forArticle + "&page=";
        screens.render(ctx, status, "media.jte", new MediaViews.Library(page.items(), form, licences(), forArticle,
                number > 1 ? "/admin/media/" + query + (number - 1) : null,
                page.hasNext() ? "/admin/media/" + query + (number + 1) : null));
    }

    /** What the picture's form shows of it. */
    static Map<String, String> values(Image image) {
        return Map.of("alt", image.alt(), "caption", image.caption(), "kind", image.creditKind().code(),
                "credit", image.creditName(), "creditUrl", image.creditUrl() == null ? "" : image.creditUrl(),
                "licence", image.licence().code(), "x", image.focus() == null ? "" : Integer.toString(image.focus().x()),
                "y", image.focus() == null ? "" : Integer.toString(image.focus().y()));
    }

    static ImageDetails details(Map<String, String> values) {
        Licence licence = Licence.parse(values.getOrDefault("licence", ""))
                .orElseThrow(() -> new Invalid("licence", "choose the picture's licence"));
        CreditKind kind;
        try {
            kind = CreditKind.fromCode(values.getOrDefault("kind", "photo"));
        } catch (IllegalArgumentException e) {
            throw new Invalid("kind", "a picture is a photo, an illustration or an image");
        }
        return new ImageDetails(values.get("alt"), values.get("caption"), kind, values.get("credit"), values.get("creditUrl"), licence);
    }

    static java.util.List<MediaViews.Choice> licences() {
        return Arrays.stream(Licence.values()).map(l -> new MediaViews.Choice(l.code(), l.label())).toList();
    }

    private static String forArticle(String value) {
        return value != null && value.matches("[1-9]\\d{0,17}") ? value : "";
    }
}
