package org.masthead.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.masthead.common.Slugs;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Ghost 5 export of a magazine of any size, the same every time for the same seed, written as Ghost writes one
 * (HTML, Lexical and plain text for each post, posts_authors, posts_tags and posts_meta apart from the posts) for the
 * import benchmark. Most posts are public; some are members-only, drafts, scheduled, pages, or Lexical without HTML.
 *
 * <p>Usage: {@code GhostExportGenerator OUT.json [POSTS]} (10,000 posts when not given).
 */
public final class GhostExportGenerator {
    private static final int AUTHORS = 40;
    private static final int TAGS = 300;
    private static final Instant FIRST = Instant.parse("2014-01-01T08:00:00Z");

    private final Corpus corpus;
    private final Random random;

    public GhostExportGenerator(long seed) {
        this.corpus = new Corpus(seed);
        this.random = corpus.random();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GhostExportGenerator OUT.json [POSTS]");
            System.exit(2);
        }
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path out = Path.of(args[0]);
        new GhostExportGenerator(42).write(out, posts);
        System.out.printf("%s: %,d posts, %,d MB%n", out, posts, Files.size(out) / (1024 * 1024));
    }

    private static String id(String kind, int n) {
        return HexFormat.of().toHexDigits(kind.hashCode()) + String.format("%016x", n);
    }

    /** Writes the export: {@code posts} posts by {@link #AUTHORS} writers under {@link #TAGS} tags. */
    public void write(Path out, int posts) throws IOException {
        try (OutputStream stream = Files.newOutputStream(out);
                JsonGenerator g = JsonMapper.builder().build().createGenerator(stream)) {
            g.writeStartObject();
            g.writeArrayPropertyStart("db");
            g.writeStartObject();
            g.writeObjectPropertyStart("meta");
            g.writeNumberProperty("exported_on", 1_717_000_000_000L);
            g.writeStringProperty("version", "5.96.0");
            g.writeEndObject();
            g.writeObjectPropertyStart("data");
            posts(g, posts);
            relations(g, posts);
            people(g);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void posts(JsonGenerator g, int posts) {
        g.writeArrayPropertyStart("posts");
        for (int n = 0; n < posts; n++) {
            String title = corpus.title();
            List<String> paragraphs = corpus.paragraphs(400 + random.nextInt(600));
            int kind = random.nextInt(100);
            Instant published = FIRST.plusSeconds(n * 3_600L * 9);
            g.writeStartObject();
            g.writeStringProperty("id", id("post", n));
            g.writeStringProperty("uuid", java.util.UUID.nameUUIDFromBytes(("post" + n).getBytes()).toString());
            g.writeStringProperty("title", title);
            g.writeStringProperty("slug", Slugs.of(title, "post") + "-" + n);
            g.writeStringProperty("mobiledoc", null);
            g.writeStringProperty("lexical", lexical(paragraphs));
            g.writeStringProperty("html", kind < 5 ? null : html(paragraphs));
            g.writeStringProperty("plaintext", String.join("\n\n", paragraphs));
            g.writeStringProperty("feature_image", n % 2 == 0 ? "https://images.example.org/photos/" + n + ".jpg" : null);
            g.writeBooleanProperty("featured", n % 50 == 0);
            g.writeStringProperty("type", kind == 99 ? "page" : "post");
            g.writeStringProperty("status", kind >= 5 && kind < 8 ? "draft" : kind == 8 ? "scheduled" : "published");
            g.writeStringProperty("visibility", kind >= 90 && kind < 95 ? "members" : "public");
            g.writeStringProperty("created_at", published.minusSeconds(86_400).toString());
            g.writeStringProperty("updated_at", published.toString());
            g.writeStringProperty("published_at", kind == 8 ? "2090-01-01T08:00:00.000Z" : published.toString());
            g.writeStringProperty("custom_excerpt", corpus.sentence());
            g.writeStringProperty("codeinjection_head", null);
            g.writeStringProperty("canonical_url", null);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String html(List<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return html.toString();
    }

    private static String lexical(List<String> paragraphs) {
        StringBuilder json = new StringBuilder("{\"root\":{\"children\":[");
        for (int i = 0; i < paragraphs.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"")
                    .append(paragraphs.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\"type\":\"extended-text\",\"version\":1}],")
                    .append("\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"paragraph\",\"version\":1}");
        }
        return json.append("],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"root\",\"version\":1}}").toString();
    }

    private void relations(JsonGenerator g, int posts) {
        g.writeArrayPropertyStart("posts_authors");
        for (int n = 0; n < posts; n++) {
            int count = 1 + (random.nextInt(10) == 0 ? 1 : 0);
            for (int a = 0; a < count; a++) {
                row(g, id("pa", n * 4 + a), id("post", n), "author_id", id("user", (n + a * 7) % AUTHORS), a);
            }
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("posts_tags");
        for (int n = 0; n < posts; n++) {
            int count = 1 + random.nextInt(3);
            for (int t = 0; t < count; t++) {
                row(g, id("pt", n * 4 + t), id("post", n), "tag_id", id("tag", (n * 13 + t * 31) % TAGS), t);
            }
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("posts_meta");
        for (int n = 0; n < posts; n += 2) {
            g.writeStartObject();
            g.writeStringProperty("id", id("pm", n));
            g.writeStringProperty("post_id", id("post", n));
            g.writeStringProperty("feature_image_alt", corpus.phrase());
            g.writeStringProperty("feature_image_caption", "Photo by <a href=\"https://unsplash.com/@p" + n + "\">" + corpus.person()
                    + "</a> / <a href=\"https://unsplash.com\">Unsplash</a>");
            g.writeStringProperty("meta_description", corpus.sentence());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void row(JsonGenerator g, String id, String post, String column, String other, int order) {
        g.writeStartObject();
        g.writeStringProperty("id", id);
        g.writeStringProperty("post_id", post);
        g.writeStringProperty(column, other);
        g.writeNumberProperty("sort_order", order);
        g.writeEndObject();
    }

    private void people(JsonGenerator g) {
        g.writeArrayPropertyStart("users");
        for (int a = 0; a < AUTHORS; a++) {
            String name = corpus.author(a);
            g.writeStartObject();
            g.writeStringProperty("id", id("user", a));
            g.writeStringProperty("name", name);
            g.writeStringProperty("slug", Slugs.of(name, "writer") + "-" + a);
            g.writeStringProperty("email", "writer" + a + "@magazine.example");
            g.writeStringProperty("bio", corpus.sentence());
            g.writeStringProperty("website", "https://writer" + a + ".example");
            g.writeStringProperty("location", corpus.place());
            g.writeStringProperty("status", "active");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("tags");
        for (int t = 0; t < TAGS; t++) {
            String name = t % 50 == 0 ? "#internal-" + t : corpus.phrase();
            g.writeStartObject();
            g.writeStringProperty("id", id("tag", t));
            g.writeStringProperty("name", name);
            g.writeStringProperty("slug", (t % 50 == 0 ? "hash-internal-" : Slugs.of(name, "tag") + "-") + t);
            g.writeStringProperty("description", corpus.sentence());
            g.writeStringProperty("visibility", t % 50 == 0 ? "internal" : "public");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("roles");
        g.writeStartObject();
        g.writeStringProperty("id", "role-owner");
        g.writeStringProperty("name", "Owner");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayPropertyStart("roles_users");
        g.writeStartObject();
        g.writeStringProperty("id", "ru");
        g.writeStringProperty("role_id", "role-owner");
        g.writeStringProperty("user_id", id("user", 0));
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayPropertyStart("settings");
        for (String[] setting : new String[][] {{"db_hash", "bench-" + AUTHORS + "-" + TAGS}, {"title", "The Benchmark Review"},
            {"timezone", "Europe/London"}}) {
            g.writeStartObject();
            g.writeStringProperty("key", setting[0]);
            g.writeStringProperty("value", setting[1]);
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
