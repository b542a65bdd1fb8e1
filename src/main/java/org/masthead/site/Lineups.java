package org.masthead.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masthead.article.ArticleService;
import org.masthead.article.ArticleSummary;
import org.masthead.edition.Edition;

/** Builds the lineup blocks that the home page, the archives and the article page's sidebar share. */
final class Lineups {
    private final ArticleService articles;

    Lineups(ArticleService articles) {
        this.articles = articles;
    }

    /** A block per edition that has published articles dated within the range (ends may be null). */
    List<LineupBlock> blocks(List<Edition> editions, LocalDate from, LocalDate to) {
        PageTags.showsList(PageTags.EDITIONS);
        Map<Long, List<ArticleSummary>> lineups = articles.lineups(editions, from, to);
        List<LineupBlock> blocks = new ArrayList<>();
        for (Edition edition : editions) {
            List<ArticleSummary> lineup = lineups.get(edition.id());
            if (lineup != null) {
                blocks.add(new LineupBlock(heading(edition), lineup.stream().map(Lineups::entry).toList()));
            }
        }
        return blocks;
    }

    static EditionHeading heading(Edition edition) {
        boolean range = edition.spansDays();
        return new EditionHeading(edition.hasLabel() ? edition.label() : null, Dates.longDate(edition.startsOn()),
                edition.startsOn().toString(), range ? Dates.dayRange(edition.startsOn(), edition.endsOn()) : null,
                edition.path());
    }

    static LineupEntry entry(ArticleSummary article) {
        PageTags.showsArticle(article.id());
        article.authors().forEach(byline -> PageTags.showsAuthor(byline.id()));
        return new LineupEntry(article.authors(), article.title(), article.titleHtml(), article.path(), article.dek(),
                Dates.longDate(article.publishedOn()), article.publishedOn().toString());
    }
}
