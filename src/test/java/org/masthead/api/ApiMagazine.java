package org.masthead.api;

import static org.masthead.support.ArticleBuilder.anArticle;

import java.time.LocalDate;
import java.util.List;
import org.masthead.common.Actor;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.Body;
import org.masthead.media.CreditKind;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.media.NewImage;
import org.masthead.boot.Masthead;
import org.masthead.support.Pictures;

/**
 * The magazine our API's tests read: a Weekend Edition (Friday 9 to Sunday 11 November 2018) whose lineup an
 * editor put in an order of their own, a piece with an uploaded and credited picture and one credited without
 * a picture, a dozen single days before it, a draft, and a page.
 */
final class ApiMagazine {
    /** The system actor test data is written as, through the doors imports use. */
    private static final Actor SYSTEM = Actor.system("test");

    static final LocalDate FRIDAY = LocalDate.of(2018, 11, 9);

    /** The Weekend Edition's lineup, in the order the editor gave it. */
    final List<Article> weekend;
    final Article draft;
    final Article page;
    final Image photo;

    private ApiMagazine(List<Article> weekend, Article draft, Article page, Image photo) {
        this.weekend = weekend;
        this.draft = draft;
        this.page = page;
        this.photo = photo;
    }

    static ApiMagazine fill(Masthead magazine) {
        Actor system = SYSTEM;
        Image photo = magazine.media().upload(system, "quay.jpg", Pictures.jpeg(1200, 800), new ImageDetails(
                "Cranes over the container quay at dusk", "The quay at Tilbury.", CreditKind.PHOTO, "Maria Okafor",
                "https://photos.example/okafor", Licence.CC_BY_4_0));
        long creditOnly = magazine.media().add(NewImage.creditOnly("Erich Ferdinand", Licence.CC_BY_2_0));
        for (int day = 1; day <= 12; day++) {
            anArticle().titled("Notes from the Estuary, Part " + day).by("Bo Chen")
                    .publishedOn(LocalDate.of(2018, 10, day)).in(magazine);
        }
        Article strike = anArticle().titled("The Dockers Who Stopped the Port").withDek("Three days on the picket line.")
                .by("Ann Lee", "Bo Chen").about("Shipping", "Labour").withLeadImage(photo.id()).publishedOn(FRIDAY).atHour(6)
                .in(magazine);
        Article isis = anArticle().titled("Isis Is Stepping Up Its Atrocities").by("Patrick Cockburn").about("Iraq")
                .withLeadImage(creditOnly).publishedOn(FRIDAY).atHour(7).in(magazine);
        Article plans = anArticle().titled("Short-Term Health Insurance Plans").withoutBody().by("Ann Lee")
                .publishedOn(FRIDAY.plusDays(1)).in(magazine);
        // The editor's order: the Saturday piece first, then the strike, then Cockburn.
        magazine.lineups().arrange(SYSTEM, magazine.editions().findContaining(FRIDAY).orElseThrow(),
                List.of(plans.id(), strike.id(), isis.id()));
        Article draft = anArticle().titled("Budget Night").by("Ann Lee").in(magazine);
        Article page = magazine.articleImports().create(SYSTEM, new ArticleDraft("About Us", null, "",
                Body.markdown("Who we are."), List.of(), List.of(), null), org.masthead.article.ArticleKind.PAGE);
        page = magazine.articleImports().publish(SYSTEM, page.id(), magazine.articles().startOf(FRIDAY));
        return new ApiMagazine(List.of(magazine.articles().find(plans.id()), magazine.articles().find(strike.id()),
                magazine.articles().find(isis.id())), draft, page, photo);
    }
}
