package org.masthead.newsroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleKind;
import org.masthead.article.ArticleService;
import org.masthead.article.ArticleStatus;
import org.masthead.article.BodyFormat;
import org.masthead.article.DraftInput;
import org.masthead.article.EditConflict;
import org.masthead.article.PresentationDesk;
import org.masthead.article.WorkflowService;
import org.masthead.author.AuthorService;
import org.masthead.catalog.CatalogService;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.media.MediaService;
import org.masthead.media.NewImage;
import org.masthead.platform.Database;
import org.masthead.topic.TopicService;

/**
 * Articles written and moved by programs (an admin API key). Each call is one transaction through the
 * newsroom's own steps (write, save, schedule, publish, unpublish), so its rules hold as they do on the screens:
 * a byline before anything goes out, a credited picture, no lost edits. A program names the last change it saw;
 * if someone saved since, nothing changes.
 */
public final class ProgramDesk {
    /** A program's clock may run a little ahead; "publish now, at this time" is still now. */
    private static final Duration NOW_TOLERANCE = Duration.ofMinutes(1);

    private final Database db;
    private final WorkflowService workflow;
    private final ArticleService articles;
    private final PresentationDesk presenting;
    private final AuthorService authors;
    private final TopicService topics;
    private final MediaService media;
    private final CatalogService catalog;
    private final Clock clock;
    private final java.util.function.Supplier<java.util.Optional<String>> uncreditedByline;

    public ProgramDesk(Database db, WorkflowService workflow, ArticleService articles, PresentationDesk presenting,
            AuthorService authors, TopicService topics, MediaService media, CatalogService catalog, Clock clock,
            java.util.function.Supplier<java.util.Optional<String>> uncreditedByline) {
        this.uncreditedByline = uncreditedByline;
        this.db = db;
        this.workflow = workflow;
        this.articles = articles;
        this.presenting = presenting;
        this.authors = authors;
        this.topics = topics;
        this.media = media;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * A new article or page, taken where the order says (a draft when it says nothing). Sent without authors, it
     * is credited to the magazine's byline for programs (the setting, else the first admin's), as Ghost credits
     * the integration's owner.
     */
    public Article write(Actor actor, ArticleKind kind, ArticleOrder order) {
        return db.write(h -> {
            List<String> uncredited = order.authors() == null ? uncreditedByline.get().map(List::of).orElse(List.of()) : List.of();
            DraftInput input = new DraftInput(order.title(), order.slug(), order.dek(), BodyFormat.HTML,
                    order.html() == null ? "" : order.html(), names(order.authors(), uncredited, true),
                    names(order.topics(), List.of(), false), order.leadImageGiven() ? picture(order.leadImage()) : null);
            Article article = kind == ArticleKind.PAGE ? workflow.writePage(actor, input) : workflow.writeFor(actor, input);
            extras(actor, article, order);
            return stand(actor, articles.find(article.id()), order);
        });
    }

    /**
     * Changes an article as ordered, if its last change is the one the program saw ({@code seenUpdatedAt},
     * to the millisecond); else {@link EditConflict} and nothing changes.
     */
    public Article revise(Actor actor, ArticleKind kind, long id, ArticleOrder order, Instant seenUpdatedAt) {
        return db.write(h -> {
            Article current = articles.find(id);
            if (current.kind() != kind) {
                throw new NotFound("no " + kind.code() + " " + id);
            }
            if (seenUpdatedAt == null) {
                throw new Invalid("updated_at", "an edit names the updated_at it was made from, so that no one's save is lost");
            }
            if (!current.updatedAt().truncatedTo(ChronoUnit.MILLIS).equals(seenUpdatedAt.truncatedTo(ChronoUnit.MILLIS))) {
                throw new EditConflict(current, null);
            }
            List<String> currentTopics = topics.ofArticle(id).stream().map(org.masthead.topic.Topic::name).toList();
            List<String> currentAuthors = current.authors().stream().map(org.masthead.author.Byline::name).toList();
            boolean newBody = order.html() != null && !(current.body().format() == BodyFormat.HTML
                    && current.body().source().equals(order.html()));
            DraftInput input = new DraftInput(order.title() != null ? order.title() : current.title(),
                    order.slug() != null ? order.slug() : current.slug(), order.dek() != null ? order.dek() : current.dek(),
                    newBody ? BodyFormat.HTML : current.body().format(), newBody ? order.html() : current.body().source(),
                    names(order.authors(), currentAuthors, true), names(order.topics(), currentTopics, false),
                    order.leadImageGiven() ? picture(order.leadImage()) : current.leadImageId());
            boolean changed = !input.title().equals(current.title()) || !Objects.equals(input.slug(), current.slug())
                    || !input.dek().strip().equals(current.dek()) || newBody || !input.authorNames().equals(currentAuthors)
                    || !input.topicNames().equals(currentTopics) || !Objects.equals(input.leadImageId(), current.leadImageId());
            Article saved = changed ? workflow.save(actor, id, input, current.version()) : current;
            extras(actor, saved, order);
            return stand(actor, articles.find(id), order);
        });
    }

    /** Featured, search-engine and sharing texts and the lead picture's alt text and caption, each only when it changes. */
    private void extras(Actor actor, Article article, ArticleOrder order) {
        if (order.featured() != null) {
            presenting.feature(actor, article.id(), order.featured());
        }
        if (order.seo() != null) {
            presenting.describe(actor, article.id(), order.seo());
        }
        Long imageId = articles.find(article.id()).leadImageId();
        if (imageId != null && (order.leadImageAlt() != null || order.leadImageCaption() != null)) {
            Image image = media.find(imageId);
            String alt = order.leadImageAlt() != null ? order.leadImageAlt() : image.alt();
            String caption = order.leadImageCaption() != null ? order.leadImageCaption() : image.caption();
            if (!alt.strip().equals(image.alt()) || !caption.strip().equals(image.caption())) {
                media.describe(actor, imageId, new ImageDetails(alt, caption, image.creditKind(), image.creditName(),
                        image.creditUrl(), image.licence() != null ? image.licence() : Licence.ALL_RIGHTS_RESERVED));
            }
        }
    }

    /** Takes the article where the order says it should stand, through the newsroom's steps. */
    private Article stand(Actor actor, Article article, ArticleOrder order) {
        if (order.standing() == null) {
            return article;
        }
        long id = article.id();
        Instant now = clock.instant();
        Instant when = order.publishedAt();
        return switch (order.standing()) {
            case DRAFT -> switch (article.status()) {
                case PUBLISHED -> workflow.unpublish(actor, id);
                case SCHEDULED -> workflow.unschedule(actor, id);
                default -> article;
            };
            case SCHEDULED -> {
                if (when == null) {
                    throw new Invalid("published_at", "a scheduled article needs the published_at it is to go out at");
                }
                if (article.status() == ArticleStatus.SCHEDULED && when.equals(article.scheduledAt())) {
                    yield article;
                }
                yield workflow.schedule(actor, id, when);
            }
            case PUBLISHED -> {
                if (when != null && when.isAfter(now.plus(NOW_TOLERANCE))) {
                    throw new Invalid("published_at", "a published_at to come is a schedule: send status scheduled with it");
                }
                if (article.isPublished()) {
                    boolean redated = when != null && !when.truncatedTo(ChronoUnit.SECONDS)
                            .equals(article.publishedAt().truncatedTo(ChronoUnit.SECONDS));
                    yield redated ? workflow.publishAt(actor, id, when.isAfter(now) ? now : when) : article;
                }
                yield when == null || !when.isBefore(now.minus(NOW_TOLERANCE)) ? workflow.publishNow(actor, id)
                        : workflow.publishAt(actor, id, when);
            }
        };
    }

    /** The names of the authors or topics referred to, or {@code current} when the order names none. */
    private List<String> names(List<ArticleOrder.Ref> refs, List<String> current, boolean ofAuthors) {
        if (refs == null) {
            return current;
        }
        return refs.stream().map(ref -> ofAuthors ? authorName(ref) : topicName(ref)).toList();
    }

    private String authorName(ArticleOrder.Ref ref) {
        try {
            return switch (ref.kind()) {
                case ID -> authors.find(Long.parseLong(ref.value())).name();
                case SLUG -> authors.findBySlug(ref.value()).name();
                case NAME -> ref.value();
                case EMAIL -> throw new Invalid("authors", "writers here are named by id, slug or name, not by email ("
                        + ref.value() + "): a byline needs no account");
            };
        } catch (NotFound | NumberFormatException e) {
            throw new Invalid("authors", "no author with the " + ref.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + ref.value());
        }
    }

    private String topicName(ArticleOrder.Ref ref) {
        try {
            return switch (ref.kind()) {
                case ID -> topics.find(Long.parseLong(ref.value())).name();
                case SLUG -> topics.findBySlug(ref.value()).name();
                case NAME, EMAIL -> ref.value();
            };
        } catch (NotFound | NumberFormatException e) {
            throw new Invalid("tags", "no tag with the " + ref.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + ref.value());
        }
    }

    /**
     * The library picture at an address: one of ours by its file name, or a new entry for a picture elsewhere.
     * A picture from elsewhere comes with no credit, and "all rights reserved" until an editor says more: the
     * article cannot go out with it before it is credited.
     */
    private Long picture(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        var ours = java.util.regex.Pattern.compile("^(?:https?://[^/]+)?" + MediaService.PUBLIC_PATH + "([A-Za-z0-9._-]+)$")
                .matcher(address.strip());
        if (ours.matches()) {
            var found = catalog.pictureByFile(ours.group(1));
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (!address.matches("(?i)https?://.+")) {
            throw new Invalid("feature_image", "no picture in the media library at " + address);
        }
        return media.add(new NewImage(null, address, "", "", org.masthead.media.CreditKind.PHOTO, "", null,
                Licence.ALL_RIGHTS_RESERVED, null, null));
    }
}
