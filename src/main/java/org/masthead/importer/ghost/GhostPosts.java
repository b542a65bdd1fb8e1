package org.masthead.importer.ghost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.masthead.article.ArticleKind;
import org.masthead.article.BodyFormat;
import org.masthead.article.Seo;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportSink;
import org.masthead.importer.SourceImage;
import org.masthead.importer.SourcePost;
import org.masthead.importer.SourcePost.State;
import tools.jackson.databind.JsonNode;

/**
 * One Ghost post or page as the magazine's article: its text (HTML, else rendered from Lexical or Mobiledoc, else
 * its Markdown), byline in Ghost's order, tags, feature image with alt and caption, where it stood (drafts, schedules
 * and members-only posts never go out here), search-engine texts, and the addresses it had, which redirect to it.
 */
final class GhostPosts {
    private final GhostPeople people;
    private final GhostTags tags;
    private final GhostRelations relations;
    private final GhostMedia media;
    private final GhostAddresses addresses;
    private final Map<String, Integer> keysSeen = new HashMap<>();
    private final Set<String> slugsSeen = new HashSet<>();

    GhostPosts(GhostPeople people, GhostTags tags, GhostRelations relations, GhostMedia media, GhostAddresses addresses) {
        this.people = people;
        this.tags = tags;
        this.relations = relations;
        this.media = media;
        this.addresses = addresses;
    }

    /** Reads one element of the posts array and sends it (its feature image first), or reports why it cannot be. */
    void send(JsonNode element, int position, ImportSink sink) {
        JsonNode post = GhostRows.flatten(element);
        boolean page = post != null && ("page".equalsIgnoreCase(GhostJson.clean(post, "type")) || GhostJson.flag(post, "page"));
        Item kind = page ? Item.PAGE : Item.ARTICLE;
        if (post == null || !post.isObject()) {
            sink.failed(kind, "post " + position + " of the export", "it is not a post but " + (post == null ? "nothing" : post.getNodeType()));
            return;
        }
        String id = GhostJson.clean(post, "id");
        String title = GhostJson.clean(post, "title");
        String slug = GhostJson.clean(post, "slug");
        Body body = body(post);
        if (title == null && slug == null && body.source().isBlank()) {
            sink.failed(kind, "post " + position + " of the export" + (id == null ? "" : " (id " + id + ")"),
                    "it has no title, no slug and no text: there is nothing to import");
            return;
        }
        List<String> notes = new ArrayList<>(body.notes());
        String raw = GhostRows.first(post, "id", "uuid", "slug", "url", "title");
        String key = key(raw != null ? raw : "at-" + position, notes);
        String label = (page ? "page " : "post ") + key + (title == null ? "" : " “" + title + "”");
        JsonNode meta = relations.meta(id);
        // The feature image first: sent with its alt and caption, so that the body showing it too points at it.
        String leadImage = featureImage(post, meta, label, sink);
        String text = body.format() == BodyFormat.NONE ? "" : media.rewrite(body.source(), sink);
        count(body, text, sink);
        List<String> authorKeys = authors(post, id, notes);
        List<String> topicKeys = topics(post, id, notes);
        Instant published = GhostJson.instant(post, "published_at");
        State state = state(post, notes);
        boolean ownSlug = ownSlug(post, slug, page, notes);
        List<String> old = ownSlug ? addresses.of(post, slug, page, published, authorKeys, topicKeys) : List.of();
        sink.post(new SourcePost(key, page ? ArticleKind.PAGE : ArticleKind.ARTICLE, title, slug, GhostJson.clean(post, "custom_excerpt"),
                body.format() == BodyFormat.NONE ? BodyFormat.HTML : body.format(), text, authorKeys, topicKeys, leadImage, state,
                state == State.SCHEDULED ? null : published, state == State.SCHEDULED ? published : null,
                GhostJson.instant(post, "created_at"), GhostJson.flag(post, "featured"), seo(post, meta), old, notes,
                body.source()));
    }

    /**
     * Whether the post is the first of the export at its address (Ghost keeps slugs unique, so a second one is a
     * broken export's, and the address stays with the first); remarks on what is left out go with it.
     */
    private boolean ownSlug(JsonNode post, String slug, boolean page, List<String> notes) {
        boolean own = slug != null && slugsSeen.add((page ? "page:" : "post:") + slug);
        if (slug != null && !own) {
            notes.add("Another post of the export has its address, /" + slug + "/, which stays with that one.");
        }
        if (GhostRows.first(post, "codeinjection_head", "codeinjection_foot") != null) {
            notes.add("It had code injected into its page in Ghost (code injection); that is not part of its text and was left out.");
        }
        return own;
    }

    /**
     * The search-engine and sharing texts: posts_meta's (Ghost 3 on) when it has them, else the post's own (0.x to
     * 2.x). Ghost's twitter_title and twitter_description are X's.
     */
    private static Seo seo(JsonNode post, JsonNode meta) {
        return new Seo(metaText(post, meta, "meta_title"), metaText(post, meta, "meta_description"),
                GhostJson.clean(post, "canonical_url"), new Seo.Social(metaText(post, meta, "og_title"),
                        metaText(post, meta, "og_description"), metaText(post, meta, "twitter_title"),
                        metaText(post, meta, "twitter_description")));
    }

    private static String metaText(JsonNode post, JsonNode meta, String field) {
        String text = GhostJson.clean(meta, field);
        return text != null ? text : GhostJson.clean(post, field);
    }

    /** What the report should say of the text: rebuilt from the editor's document, embedded players the magazine leaves out. */
    private static void count(Body body, String text, ImportSink sink) {
        if (body.rendered()) {
            sink.counted("posts whose text was rebuilt from Ghost's editor document (the export had no HTML)", 1);
        }
        if (!body.notes().isEmpty()) {
            sink.counted("of them, posts with parts that could not be rebuilt (each post's notes name them)", 1);
        }
        int players = 0;
        for (int at = text.indexOf("<iframe"); at >= 0; at = text.indexOf("<iframe", at + 1)) {
            players++;
        }
        if (players > 0) {
            sink.counted("embedded players (iframes) in posts, each shown as a link card to what it played", players);
        }
    }

    /** The post's key: its Ghost id; a second post of one id (a broken export) is kept apart, by its place. */
    private String key(String id, List<String> notes) {
        int seen = keysSeen.merge(id, 1, Integer::sum);
        if (seen == 1) {
            return id;
        }
        notes.add("The export has " + seen + " posts of the id " + id + "; this is number " + seen + ".");
        return id + "#" + seen;
    }

    private record Body(BodyFormat format, String source, List<String> notes, boolean rendered) {
        Body(BodyFormat format, String source) {
            this(format, source, List.of(), false);
        }
    }

    /** Ghost's HTML when the export has it; else the editor's document rendered here; else the 0.x Markdown. */
    private static Body body(JsonNode post) {
        String html = GhostJson.text(post, "html");
        if (html != null && !html.isBlank()) {
            return new Body(BodyFormat.HTML, GhostHtml.cards(html));
        }
        String lexical = GhostJson.clean(post, "lexical");
        if (lexical != null) {
            LexicalHtml renderer = new LexicalHtml();
            return rendered(renderer.render(lexical), renderer.unknown(), "Lexical");
        }
        String mobiledoc = GhostJson.clean(post, "mobiledoc");
        if (mobiledoc != null) {
            MobiledocHtml renderer = new MobiledocHtml();
            return rendered(renderer.render(mobiledoc), renderer.unknown(), "Mobiledoc");
        }
        String markdown = GhostJson.text(post, "markdown");
        if (markdown != null && !markdown.isBlank()) {
            return new Body(BodyFormat.MARKDOWN, markdown);
        }
        String plain = GhostJson.clean(post, "plaintext");
        if (plain != null) {
            return new Body(BodyFormat.HTML, org.masthead.markup.Markup.paragraphs(List.of(plain.split("\\n\\s*\\n"))));
        }
        return new Body(BodyFormat.NONE, "");
    }

    private static Body rendered(String html, Set<String> unknown, String format) {
        List<String> notes = unknown.isEmpty() ? List.of() : List.of("Its text was rebuilt from Ghost's " + format
                + " document; these parts could not be and were left out: " + String.join(", ", unknown) + ".");
        return new Body(BodyFormat.HTML, html, notes, true);
    }

    /** Byline order: posts_authors (Ghost 1.22 on), else the authors inside the post, else author_id; else the owner. */
    private List<String> authors(JsonNode post, String id, List<String> notes) {
        List<String> ids = relations.authors(id);
        if (ids == null) {
            ids = new ArrayList<>();
            JsonNode embedded = post.has("authors") ? post.get("authors") : post.path("author");
            for (JsonNode author : embedded.isArray() ? embedded : List.of(embedded)) {
                String key = GhostRows.userKey(GhostRows.flatten(author));
                if (key != null) {
                    ids.add(key);
                }
            }
            String authorId = GhostJson.clean(post, "author_id");
            if (ids.isEmpty() && authorId != null) {
                ids.add(authorId);
            }
        }
        List<String> keys = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String user : ids) {
            String key = people.key(user);
            if (key == null) {
                missing.add(user);
            } else if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        boolean credited = keys.isEmpty() && people.owner() != null;
        if (credited) {
            keys.add(people.owner());
        }
        if (!missing.isEmpty()) {
            notes.add("The export does not list " + (missing.size() == 1 ? "its author, Ghost user " : "some of its authors, Ghost users ")
                    + String.join(", ", missing) + (credited ? "; it is credited to the owner of the Ghost site instead."
                    : keys.isEmpty() ? "." : "; the byline has the others."));
        }
        return keys;
    }

    private List<String> topics(JsonNode post, String id, List<String> notes) {
        List<String> ids = relations.tags(id);
        if (ids == null) {
            ids = new ArrayList<>();
            for (JsonNode tag : post.path("tags")) {
                String key = GhostRows.tagKey(GhostRows.flatten(tag));
                if (key != null) {
                    ids.add(key);
                } else {
                    notes.add("One of its tags had neither a name nor a slug; it was left out.");
                }
            }
        }
        List<String> keys = new ArrayList<>();
        for (String tag : ids) {
            String key = tags.key(tag);
            if (key != null && !keys.contains(key)) {
                keys.add(key);
            } else if (key == null && !tags.listed(tag)) {
                notes.add("It was tagged with Ghost tag " + tag + ", which the export does not list; that tag was left out.");
            }
        }
        return keys;
    }

    /** Sends the feature image, with its alt text and caption (posts_meta from Ghost 3, else the post's own fields). */
    private String featureImage(JsonNode post, JsonNode meta, String label, ImportSink sink) {
        String address = GhostRows.first(post, "feature_image", "image");
        if (address == null) {
            return null;
        }
        GhostMedia.Found found = media.locate(address);
        if (found.problem() != null) {
            sink.failed(Item.IMAGE, "feature image of " + label, found.problem());
            return null;
        }
        String alt = GhostJson.clean(meta, "feature_image_alt") != null ? GhostJson.clean(meta, "feature_image_alt")
                : GhostJson.clean(post, "feature_image_alt");
        GhostCaption caption = GhostCaption.of(GhostJson.clean(meta, "feature_image_caption") != null
                ? GhostJson.clean(meta, "feature_image_caption") : GhostJson.clean(post, "feature_image_caption"));
        String imageKey = media.key(found);
        var image = new SourceImage(imageKey, found.url(), found.file(), alt, caption.caption(), caption.creditKind(),
                caption.creditName(), caption.creditUrl(), caption.licence(), "Feature image of " + label.substring(label.indexOf(' ') + 1));
        String already = media.sentAs(imageKey);
        // CASE: a picture a body showed first is sent again only to give it the alt, caption or credit it was kept
        // without; one that leads a post already keeps what it has (an article it leads holds its credit).
        if (already != null && (media.settled(imageKey) || !GhostMedia.describes(image))) {
            return already.isEmpty() ? null : imageKey;
        }
        var stored = media.send(image, sink);
        media.settle(imageKey);
        return stored.isPresent() ? imageKey : null;
    }

    /** Where the post stood; whatever Ghost showed only to members stays out of readers' sight here. */
    private static State state(JsonNode post, List<String> notes) {
        String status = GhostJson.clean(post, "status");
        State state = switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "published" -> State.PUBLISHED;
            case "scheduled" -> State.SCHEDULED;
            case "draft" -> State.DRAFT;
            case "sent" -> {
                notes.add("Ghost sent it by email only, as a newsletter; it was never on the site, and is not here.");
                yield State.HIDDEN;
            }
            default -> {
                notes.add(status == null ? "It had no status in the export; it is kept as a draft."
                        : "Its status in Ghost was “" + status + "”; it is kept as a draft.");
                yield State.DRAFT;
            }
        };
        String visibility = GhostJson.clean(post, "visibility");
        if (visibility != null && !visibility.equalsIgnoreCase("public")) {
            String who = switch (visibility.toLowerCase(Locale.ROOT)) {
                case "members" -> "members";
                case "paid" -> "paying members";
                default -> "some members (" + visibility + ")";
            };
            notes.add("It was for " + who + " only in Ghost; the magazine has no members, so it is not shown to readers.");
            return state == State.DRAFT ? State.DRAFT : State.HIDDEN;
        }
        return state;
    }
}
