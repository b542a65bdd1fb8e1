package org.masthead.admin;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.common.Invalid;
import org.masthead.common.PageRequest;
import org.masthead.markup.Markup;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.platform.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pictures inside an article's text: the editor's picture dialog lists the library, or uploads a picture in place
 * with its alt text, credit and licence, and gets back the figure to insert: the picture with its size, its caption,
 * who made it and under what licence, as the article page credits its lead picture. JSON in and out.
 */
final class InlinePictures {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LISTED = 24;
    private static final String[] FIELDS = {"alt", "caption", "kind", "credit", "creditUrl", "licence"};

    private final MediaService media;

    InlinePictures(MediaService media) {
        this.media = media;
    }

    /** The library's newest pictures, each with the figure to insert. */
    void list(Context ctx) {
        List<Map<String, Object>> pictures = media.library(new PageRequest(1, LISTED)).items().stream()
                .filter(image -> image.src().isPresent()).map(InlinePictures::described).toList();
        json(ctx, 200, Map.of("pictures", pictures));
    }

    /** Uploads a picture from the dialog; it must come with what a published picture needs. */
    void upload(Context ctx) {
        Map<String, String> values = AdminScreens.fields(ctx, FIELDS);
        try {
            if (values.getOrDefault("alt", "").isBlank()) {
                throw new Invalid("alt", "say what the picture shows, for readers who cannot see it");
            }
            if (values.getOrDefault("credit", "").isBlank()) {
                throw new Invalid("credit", "name who made the picture");
            }
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null || file.size() == 0) {
                throw new Invalid("file", "choose a picture to upload");
            }
            byte[] content;
            try (InputStream in = file.content()) {
                content = in.readAllBytes();
            }
            Image image = media.upload(AdminGate.actor(ctx), file.filename(), content, MediaScreens.details(values));
            json(ctx, 201, described(image));
        } catch (Invalid refused) {
            json(ctx, 400, Map.of("message", FormState.sentence(refused.getMessage()), "field",
                    refused.field() == null ? "" : refused.field()));
        } catch (IOException cut) {
            json(ctx, 400, Map.of("message", "The upload was cut short. Please send the picture again.", "field", "file"));
        }
    }

    private static Map<String, Object> described(Image image) {
        var picture = new LinkedHashMap<String, Object>();
        picture.put("id", image.id());
        picture.put("thumbnail", image.thumbnail().orElse(""));
        picture.put("label", image.alt().isBlank() ? image.fileName() : image.alt());
        picture.put("needs", image.missing());
        picture.put("figure", figure(image));
        return picture;
    }

    /** The figure inserted into the text: stored HTML, which the body's sanitizer lets through as written here. */
    static String figure(Image image) {
        var html = new StringBuilder("<figure>\n<img src=\"").append(Markup.escape(image.src().orElseThrow())).append('"');
        html.append(" alt=\"").append(Markup.escape(image.alt())).append('"');
        if (image.width() != null && image.height() != null) {
            html.append(" width=\"").append(image.width()).append("\" height=\"").append(image.height()).append('"');
        }
        html.append(" loading=\"lazy\">\n");
        String caption = image.caption().isBlank() ? "" : Markup.escape(image.caption().strip());
        String credit = image.hasCredit() ? credit(image) : "";
        if (!caption.isEmpty() || !credit.isEmpty()) {
            html.append("<figcaption>").append(caption).append(caption.isEmpty() || credit.isEmpty() ? "" : " ")
                    .append(credit).append("</figcaption>\n");
        }
        return html.append("</figure>").toString();
    }

    private static String credit(Image image) {
        String name = Markup.escape(image.creditName());
        String by = image.creditUrl() == null || image.creditUrl().isBlank() ? name
                : "<a href=\"" + Markup.escape(image.creditUrl()) + "\">" + name + "</a>";
        String licence = image.licence().deedUrl()
                .map(deed -> "<a href=\"" + Markup.escape(deed) + "\">" + Markup.escape(image.licence().label()) + "</a>")
                .orElse(Markup.escape(image.licence().label()));
        return image.creditKind().word() + " by " + by + " | " + licence;
    }

    private static void json(Context ctx, int status, Object body) {
        HttpServer.keepPage(ctx);
        ctx.status(status).contentType("application/json").header("Cache-Control", "no-store").result(JSON.writeValueAsBytes(body));
    }
}
