package org.masthead.feed;

import java.net.URLConnection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.article.Permalink;
import org.masthead.media.Image;
import org.masthead.media.MediaService;

/**
 * Turns published articles into feed entries: absolute addresses everywhere (a feed is read far from the
 * site), the picture's credit in the text as on the article's page, and an excerpt that is plain text.
 */
final class FeedEntries {
    private static final int EXCERPT_LENGTH = 300;

    private final MediaService media;

    FeedEntries(MediaService media) {
        this.media = media;
    }

    FeedEntry entry(FeedArticles.Row row, String baseUrl, boolean full) {
        String url = baseUrl + Permalink.of(row.publishedOn(), row.slug());
        Image image = media.findOptional(row.leadImageId()).orElse(null);
        FeedEntry.Picture picture = image == null ? null : picture(image, baseUrl, fileSize(image));
        String content = full && row.bodyHtml() != null ? credit(image, picture) + absolute(row.bodyHtml(), url) : null;
        Instant published = seconds(row.publishedAt());
        Instant updated = seconds(row.updatedAt()).isAfter(published) ? seconds(row.updatedAt()) : published;
        return new FeedEntry(tag(baseUrl, row), row.title(), url,
                row.authors().stream().map(b -> new FeedEntry.Person(b.name(), baseUrl + "/author/" + org.masthead.common.Slugs.inPath(b.slug()) + "/")).toList(),
                published, updated,
                row.topics().stream().map(t -> new FeedEntry.Category(t.slug(), t.name(), baseUrl + "/topic/" + org.masthead.common.Slugs.inPath(t.slug()) + "/")).toList(),
                excerpt(row), content, picture == null || picture.url() == null ? null : picture);
    }

    /**
     * A tag: URI (RFC 4151) from the site's host, the day the article was created and its number: it stays
     * the same when the article's slug or date changes, so readers do not see a moved article as a new one.
     */
    static String tag(String baseUrl, FeedArticles.Row row) {
        String host = java.net.URI.create(baseUrl).getHost();
        return "tag:" + host + "," + row.createdAt().atZone(ZoneOffset.UTC).toLocalDate() + ":article/" + row.id();
    }

    /** The dek, or else the start of the text cut at a word; empty when the article has neither. */
    static String excerpt(FeedArticles.Row row) {
        if (!row.dek().isBlank()) {
            return row.dek().strip();
        }
        if (row.bodyHtml() == null) {
            return "";
        }
        String text = Jsoup.parseBodyFragment(row.bodyHtml()).text();
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH - 1).strip() + "…";
    }

    /** The article's HTML with every link and picture address made absolute against its own address. */
    static String absolute(String html, String articleUrl) {
        Document body = Jsoup.parseBodyFragment(html, articleUrl);
        for (Element link : body.select("a[href]")) {
            link.attr("href", link.absUrl("href"));
        }
        for (Element img : body.select("img[src]")) {
            img.attr("src", img.absUrl("src"));
        }
        body.outputSettings().prettyPrint(false);
        return body.body().html();
    }

    /** The size in bytes of a picture file of our own: recorded at upload, or else read from the file. */
    private long fileSize(Image image) {
        if (image.byteSize() > 0 || image.fileName() == null) {
            return Math.max(0, image.byteSize());
        }
        try {
            return media.storage().size(image.fileName()).orElse(0);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static FeedEntry.Picture picture(Image image, String baseUrl, long length) {
        String src = image.src().map(s -> s.startsWith("/") ? baseUrl + s : s).orElse(null);
        String type = image.mediaType().isBlank() && src != null ? URLConnection.guessContentTypeFromName(src) : image.mediaType();
        return new FeedEntry.Picture(src, type == null || type.isBlank() ? null : type, length,
                image.width(), image.height(), image.alt(), image.caption(), image.creditKind().word(), image.creditName(),
                image.creditUrl(), image.licence() == null ? null : image.licence().label(),
                image.licence() == null ? null : image.licence().deedUrl().orElse(null));
    }

    /**
     * The picture and its credit line as the article's page shows them ("Photo by NAME | LICENCE", the name
     * linked to its source, the licence to its deed), or the credit line alone when only the credit is known.
     */
    private static String credit(Image image, FeedEntry.Picture picture) {
        if (image == null || (picture.url() == null && !image.hasCredit())) {
            return "";
        }
        Document html = Document.createShell("");
        html.outputSettings().prettyPrint(false);
        Element figure = html.body().appendElement("figure");
        if (picture.url() != null) {
            Element img = figure.appendElement("img").attr("src", picture.url()).attr("alt", picture.alt());
            if (picture.width() != null && picture.height() != null) {
                img.attr("width", picture.width().toString()).attr("height", picture.height().toString());
            }
        }
        Element caption = figure.appendElement("figcaption");
        if (!picture.caption().isBlank()) {
            caption.append(org.masthead.media.CaptionLinks.html(picture.caption().strip()) + " ");
        }
        if (image.hasCredit()) {
            caption.appendText(picture.creditWord() + " by ");
            if (picture.creditUrl() != null && !picture.creditUrl().isBlank()) {
                caption.appendElement("a").attr("href", picture.creditUrl()).text(picture.creditName());
            } else {
                caption.appendText(picture.creditName());
            }
            if (picture.licence() != null) {
                caption.appendText(" | ");
                if (picture.licenceUrl() != null) {
                    caption.appendElement("a").attr("href", picture.licenceUrl()).attr("rel", "license").text(picture.licence());
                } else {
                    caption.appendText(picture.licence());
                }
            }
        }
        return figure.outerHtml();
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
