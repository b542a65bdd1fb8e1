package org.masthead.importer.wordpress;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.masthead.article.ArticleKind;
import org.masthead.article.BodyFormat;
import org.masthead.article.Seo;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportSink;
import org.masthead.importer.SourcePost;

/**
 * The export's posts and pages, each made a {@link SourcePost} in the magazine's terms: its state (what was out
 * stays out, what was not, or was only for a few, is never shown), its bylines, topics, featured image, search-engine
 * meta, body, and every address it had. Everything else an export holds is skipped with its reason.
 */
final class WxrPosts {
    /** WordPress's own machinery, kept as posts: nothing a reader read. */
    private static final Set<String> SYSTEM_TYPES = Set.of("revision", "nav_menu_item", "custom_css", "customize_changeset",
            "oembed_cache", "user_request", "wp_block", "wp_template", "wp_template_part", "wp_global_styles",
            "wp_navigation", "wp_font_family", "wp_font_face", "wp_pattern");

    /** WordPress's numbered links: {@code ?p=42}, {@code ?page_id=42}. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("[?&](p|page_id)=(\\d{1,18})(?:&|#|$)");

    private final WxrSurvey survey;
    private final WxrMedia media;
    private final WxrSeo seo;
    private final ImportSink sink;
    private final String basePath;

    WxrPosts(WxrChannel.Header header, WxrSurvey survey, WxrMedia media, ImportSink sink) {
        this.survey = survey;
        this.media = media;
        this.sink = sink;
        this.seo = new WxrSeo(header.title());
        this.basePath = basePath(header.siteUrl());
    }

    /** Sends one item on: a post or page to write, anything else skipped with its reason. */
    void add(WxrItem item) {
        String type = item.type();
        if (item.comments() > 0) {
            sink.counted("comments left out (Masthead has none)", item.comments());
        }
        var later = survey.laterItemWithId(item);
        if (later.isPresent()) {
            sink.skipped(ImportOutcome.Item.OTHER, item.label() + " at line " + item.line(), "the item at line " + later.get()
                    + " has the same id; the later one is imported");
            return;
        }
        switch (type) {
            case "attachment", "guest-author" -> { }
            case "post", "page" -> post(item, type.equals("page") ? ArticleKind.PAGE : ArticleKind.ARTICLE);
            default -> {
                // CASE: a site keeps thousands of revisions and menu items; a line each would bury the report.
                if (SYSTEM_TYPES.contains(type)) {
                    sink.counted("left out, WordPress's own: " + describe(type), 1);
                } else {
                    sink.skipped(ImportOutcome.Item.OTHER, item.label(), "a custom post type (" + type
                            + "): Masthead imports posts, pages and their media");
                }
            }
        }
    }

    private void post(WxrItem item, ArticleKind kind) {
        ImportOutcome.Item reported = kind == ArticleKind.PAGE ? ImportOutcome.Item.PAGE : ImportOutcome.Item.ARTICLE;
        String key = key(item);
        if (key.isEmpty()) {
            sink.failed(reported, item.label(), "it has no id (wp:post_id in WordPress's namespace, or a ?p= link), so a "
                    + "second import could not tell it apart; it is left out");
            return;
        }
        String status = Texts.orEmpty(item.status()).toLowerCase(java.util.Locale.ROOT);
        switch (status) {
            case "trash" -> {
                sink.skipped(reported, item.label(), "it was in WordPress's trash");
                return;
            }
            case "auto-draft" -> {
                sink.skipped(reported, item.label(), "an automatic draft WordPress made, never written in");
                return;
            }
            case "inherit" -> {
                sink.skipped(reported, item.label(), "a saved revision of another post");
                return;
            }
            default -> { }
        }
        List<String> notes = new ArrayList<>();
        Instant when = WxrDates.when(item, survey.offset()).orElse(null);
        SourcePost.State state = state(status, item, notes);
        // WordPress keeps a title as HTML: "Media &amp; Text" is "Media & Text", "<em>With</em>" is "With".
        String title = Texts.plain(item.title());
        if (Texts.hadControls(item.title())) {
            notes.add("Its title held characters that reverse the direction of text (bidirectional controls); they were taken out.");
        }
        WordPressBody.Result body = WordPressBody.convert(item.content(), media::movedUpload);
        body.shortcodes().forEach((name, n) -> sink.counted("shortcodes left as text: " + name, n));
        body.dynamicBlocks().forEach((name, n) -> sink.counted("blocks WordPress drew itself, left out: " + name, n));
        String thumbnail = Texts.orEmpty(item.meta("_thumbnail_id"));
        sink.post(new SourcePost(key, kind, title, slug(item), Texts.plain(item.excerpt()), BodyFormat.HTML, body.html(),
                authors(item), topics(item), thumbnail.isEmpty() ? null : thumbnail,
                state, state == SourcePost.State.SCHEDULED ? null : when, state == SourcePost.State.SCHEDULED ? when : null,
                when, item.sticky(), seo.of(item, title, notes), addresses(item, kind, key), notes,
                WordPressBody.asWritten(item.content()), titleMarkup(item.title())));
    }

    /**
     * The title as WordPress shows it, when it holds markup: its heading and its lists show {@code <em>}s and
     * {@code <sup>}s, everything else the plain title. Bidirectional controls go, as from the plain title.
     */
    private static String titleMarkup(String title) {
        if (title == null || title.indexOf('<') < 0) {
            return null;
        }
        return Texts.line(title);
    }

    /**
     * The post's id in WordPress: its {@code wp:post_id}; some tools write items without one, and then the number
     * in the item's own {@code ?p=N} link, else in its guid, is the same id.
     */
    private static String key(WxrItem item) {
        String id = Texts.orEmpty(item.postId());
        if (!id.isEmpty()) {
            return id;
        }
        for (String address : new String[] {item.link(), item.guid()}) {
            var numbered = NUMBERED.matcher(Texts.orEmpty(address));
            if (numbered.find()) {
                return Long.toString(Long.parseLong(numbered.group(2)));
            }
        }
        return "";
    }

    /** Where a post stood; a note says why one that was out for a few is not out here. */
    private static SourcePost.State state(String status, WxrItem item, List<String> notes) {
        if (!Texts.blank(item.password())) {
            // The password itself is never kept: it was a secret shared with some readers.
            notes.add("It was protected by a password in WordPress, so only readers given the password could read it. "
                    + "It is not published here; publish it when everyone may read it.");
            return SourcePost.State.HIDDEN;
        }
        return switch (status) {
            case "publish" -> SourcePost.State.PUBLISHED;
            case "future" -> SourcePost.State.SCHEDULED;
            case "pending" -> SourcePost.State.SUBMITTED;
            case "draft" -> SourcePost.State.DRAFT;
            case "private" -> {
                notes.add("It was private in WordPress: only the site's editors could read it. It is not published here.");
                yield SourcePost.State.HIDDEN;
            }
            case "" -> {
                notes.add("The export gives it no status, so it is kept as a draft.");
                yield SourcePost.State.DRAFT;
            }
            default -> {
                notes.add("Its status in WordPress was “" + status + "”; it is kept as a draft.");
                yield SourcePost.State.DRAFT;
            }
        };
    }

    /** The bylines: Co-Authors Plus's, in their order, when the post has them; else its one WordPress author. */
    private List<String> authors(WxrItem item) {
        Set<String> keys = new LinkedHashSet<>();
        for (WxrItem.Category category : item.categories()) {
            if ("author".equals(category.domain())) {
                keys.add(survey.bylineKey(category));
            }
        }
        if (keys.isEmpty() && !Texts.blank(item.creator())) {
            keys.add(item.creator().strip());
        }
        return List.copyOf(keys);
    }

    private static List<String> topics(WxrItem item) {
        Set<String> keys = new LinkedHashSet<>();
        for (WxrItem.Category category : item.categories()) {
            if (!"author".equals(category.domain())) {
                String key = WxrSurvey.topicKey(category, item.categories());
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        return List.copyOf(keys);
    }

    /** The post's slug as Masthead can keep it: decoded, without a ".html" WordPress plugins add. */
    private static String slug(WxrItem item) {
        if (Texts.blank(item.postName())) {
            return null;
        }
        String name = Texts.decode(item.postName().strip());
        String bare = name.replaceFirst("(?i)\\.html?$", "");
        return Texts.slugOrNull(bare) != null ? bare : name;
    }

    /**
     * Every address the post had: its permalink, its guid when that is one of the site's addresses, the
     * permalinks of its old slugs, and WordPress's numbered links ({@code /?p=42}, {@code /?page_id=42}). The
     * numbered links are made from the post's own id only: a guid names the post it was first made for, and
     * WordPress copies it when a post is duplicated, so another post's {@code ?p=} may stand in it.
     */
    private List<String> addresses(WxrItem item, ArticleKind kind, String key) {
        Set<String> addresses = new LinkedHashSet<>();
        String link = Texts.orEmpty(item.link());
        if (!link.isEmpty() && !NUMBERED.matcher(link).find()) {
            addresses.add(link);
            String name = Texts.orEmpty(item.postName());
            for (String old : item.metas("_wp_old_slug")) {
                if (!name.isEmpty() && !Texts.blank(old)) {
                    String replaced = link.replaceFirst("/" + java.util.regex.Pattern.quote(name) + "(/?)$",
                            "/" + java.util.regex.Matcher.quoteReplacement(old.strip()) + "$1");
                    if (!replaced.equals(link)) {
                        addresses.add(replaced);
                    }
                }
            }
        }
        String guid = Texts.orEmpty(item.guid());
        if (guid.matches("(?i)https?://\\S+") && !guid.contains("/wp-content/") && !NUMBERED.matcher(guid).find()) {
            addresses.add(guid);
        }
        if (key.matches("\\d{1,19}")) {
            for (String base : basePath.isEmpty() ? List.of("") : List.of("", basePath)) {
                addresses.add(base + "/?p=" + key);
                if (kind == ArticleKind.PAGE) {
                    addresses.add(base + "/?page_id=" + key);
                }
            }
        }
        return List.copyOf(addresses);
    }

    /** The path a site lived under ({@code /demo} for http://wptest.io/demo), or empty for a site at its root. */
    private static String basePath(String siteUrl) {
        if (siteUrl == null) {
            return "";
        }
        try {
            String path = URI.create(siteUrl.strip().replace(" ", "%20")).getPath();
            return path == null ? "" : path.replaceFirst("/+$", "");
        } catch (IllegalArgumentException notAnAddress) {
            return "";
        }
    }

    private static String describe(String type) {
        return switch (type) {
            case "revision" -> "revisions";
            case "nav_menu_item" -> "menu items";
            case "wp_block" -> "reusable blocks";
            default -> "site settings (" + type + ")";
        };
    }
}
