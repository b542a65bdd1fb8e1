package org.masthead.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.masthead.article.ArticleListItem;
import org.masthead.article.ArticleLists;
import org.masthead.article.ArticleService;
import org.masthead.audit.AuditEntry;
import org.masthead.audit.AuditLog;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;

/**
 * What a person finds on opening the newsroom: what waits for them (an editor's review queue and the pieces marked ready
 * that no edition holds yet; a writer's pieces sent back and drafts), the editions coming up (for editors, who build them), and the latest work they may see.
 */
public final class Dashboard {
    static final int LISTED = 10;
    /** How many of a writer's own articles their activity is looked up among: the ones changed most lately. */
    private static final int OWN_ARTICLES = 500;

    private final ArticleLists lists;
    private final ArticleService articles;
    private final EditionService editions;
    private final AuditLog audit;
    private final ZoneId zone;
    private final Clock clock;

    public Dashboard(ArticleLists lists, ArticleService articles, EditionService editions, AuditLog audit, ZoneId zone,
            Clock clock) {
        this.lists = lists;
        this.articles = articles;
        this.editions = editions;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    /** An edition coming up, with how many pieces its lineup holds. */
    public record Upcoming(Edition edition, int pieces) {}

    /** One thing done: who did what ({@code action}, as the audit log names it) to which article or edition, named. */
    public record Activity(Instant at, String who, String action, String subjectType, long subjectId, String subject) {}

    /** The dashboard of one person; {@code ready}: the pieces marked ready that wait for an edition (editors only). */
    public record Today(List<ArticleListItem> awaitingReview, List<ArticleListItem> ready, List<ArticleListItem> sentBack,
            List<ArticleListItem> drafts, List<Upcoming> editions, List<Activity> activity) {}

    /** The actor's dashboard: only what they may see (a writer, their own pieces; an editor, the newsroom's). */
    public Today open(Actor actor) {
        List<Upcoming> upcoming = !actor.atLeast(Role.EDITOR) ? List.of()
                : editions.upcoming(LocalDate.ofInstant(clock.instant(), zone), 5).stream()
                        .map(e -> new Upcoming(e, articles.inEdition(e.id()).size())).toList();
        return new Today(lists.awaitingReview(actor, LISTED), lists.readyToPlace(actor, LISTED), lists.sentBack(actor, LISTED),
                lists.ownDrafts(actor, LISTED), upcoming, activity(actor));
    }

    private List<Activity> activity(Actor actor) {
        List<AuditEntry> entries = audit.latestWork(actor, lists.visibleIds(actor, OWN_ARTICLES), LISTED).stream()
                .filter(e -> e.subjectId() != null).toList();
        Map<Long, String> titles = lists.titles(ids(entries, "article"));
        var editionIds = ids(entries, "edition");
        Map<Long, String> headings = editionIds.isEmpty() ? Map.of() : editions.findByIds(List.copyOf(editionIds)).stream()
                .collect(Collectors.toMap(Edition::id, Dashboard::heading));
        return entries.stream().map(e -> new Activity(e.at(), e.actor(), e.action(), e.subjectType(), e.subjectId(),
                ("article".equals(e.subjectType()) ? titles : headings).getOrDefault(e.subjectId(), e.detail()))).toList();
    }

    private static java.util.Set<Long> ids(List<AuditEntry> entries, String type) {
        return entries.stream().filter(e -> type.equals(e.subjectType()) && e.subjectId() != null).map(AuditEntry::subjectId)
                .collect(Collectors.toSet());
    }

    /** An edition as the newsroom names it: "Weekend Edition, 2031-01-10 to 2031-01-12". */
    public static String heading(Edition edition) {
        String days = edition.spansDays() ? " to " + edition.endsOn() : "";
        return (edition.hasLabel() ? edition.label() + ", " : "") + edition.startsOn() + days;
    }
}
