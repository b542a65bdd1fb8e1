package org.masthead.support;

import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleKind;
import org.masthead.article.Body;
import org.masthead.boot.Masthead;

/**
 * A small magazine for the API tests, with one of each thing a filter tells apart: a featured piece, two
 * authors sharing a byline, topics in different orders, a dek, a draft, a published page and a draft page,
 * and seventeen older fillers so that lists run past Ghost's page of fifteen (twenty published articles).
 */
public record Newsstand(Article strike, Article budget, Article reopen, Article draft, Article about, Article donate,
        List<Article> fillers) {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    public static final int PUBLISHED_ARTICLES = 20;

    public static Newsstand in(Masthead magazine) {
        Article strike = anArticle().titled("Strike at the port").by("Ann Smith").about("Labour", "Ports")
                .publishedOn(LocalDate.of(2024, 3, 1)).in(magazine);
        strike = magazine.articleImports().setFeatured(SYSTEM, strike.id(), true);
        Article budget = anArticle().titled("Budget day").withDek("The chancellor's sums").by("Bob Jones").about("Economy")
                .withBody("Words about *money*.\n\nMore words.").publishedOn(LocalDate.of(2024, 3, 2)).in(magazine);
        Article reopen = anArticle().titled("Ports reopen").by("Ann Smith", "Bob Jones").about("Ports", "Labour")
                .publishedOn(LocalDate.of(2024, 3, 3)).in(magazine);
        Article draft = anArticle().titled("Secret plans").by("Dana Draft").about("Secrets").in(magazine);
        List<Article> fillers = new java.util.ArrayList<>();
        for (int day = 1; day <= 17; day++) {
            fillers.add(anArticle().titled("Filler " + day).by("Carl Filler").about("Misc")
                    .publishedOn(LocalDate.of(2024, 1, day)).in(magazine));
        }
        Article about = page(magazine, "About us", true);
        Article donate = page(magazine, "Donate", false);
        return new Newsstand(strike, budget, reopen, draft, about, donate, List.copyOf(fillers));
    }

    private static Article page(Masthead magazine, String title, boolean published) {
        Article page = magazine.articleImports().create(SYSTEM,
                new ArticleDraft(title, null, "", Body.markdown("A page."), List.of(), List.of(), null), ArticleKind.PAGE);
        return published ? magazine.articleImports().publish(SYSTEM, page.id(),
                magazine.articles().startOf(LocalDate.of(2024, 2, 1)).plus(Duration.ofHours(9))) : page;
    }
}
