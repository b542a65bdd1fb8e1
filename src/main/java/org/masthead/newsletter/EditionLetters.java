package org.masthead.newsletter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.masthead.article.ArticleService;
import org.masthead.article.ArticleSummary;
import org.masthead.author.Byline;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;
import org.masthead.mail.Message;
import org.masthead.platform.Templates;

/**
 * Writes an edition's email: its heading and lineup as readers see them once it is out, in the frame of the magazine's
 * letter design, as HTML (a jte template, escaped at compile time, inline styles and tables for mail clients; the
 * theme's own when it has one) and plain text, with each subscriber's own links and RFC 8058 headers.
 */
final class EditionLetters {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);

    private final EditionService editions;
    private final ArticleService articles;
    private final SubscriptionService subscriptions;
    private final Supplier<String> magazine;
    private final Supplier<URI> publicUrl;
    private final Supplier<LetterDesign> design;
    private final Supplier<Templates> templates;

    EditionLetters(SendingService.Wiring w) {
        this.editions = w.editions();
        this.articles = w.articles();
        this.subscriptions = w.subscriptions();
        this.magazine = w.magazine();
        this.publicUrl = w.publicUrl();
        this.design = w.design();
        this.templates = w.templates();
    }

    /** The subject of the edition's email: "The Ledger: Weekend Edition, November 9, 2018". */
    String subject(long editionId) {
        return magazine.get() + ": " + heading(editions.find(editionId));
    }

    /** The edition's letter in the saved design, with its published lineup in order, and no subscriber's links yet. */
    EditionLetter letter(long editionId) {
        return letter(editionId, design.get());
    }

    /** The edition's letter in the given design (saved or not). */
    EditionLetter letter(long editionId, LetterDesign look) {
        Edition edition = editions.find(editionId);
        List<ArticleSummary> lineup = articles.lineups(List.of(edition), null, null).getOrDefault(edition.id(), List.of());
        List<EditionLetter.Item> items = lineup.stream().map(a -> new EditionLetter.Item(a.title(),
                look.showByline() ? names(a.authors()) : "", look.showDek() && a.dek() != null ? a.dek() : "",
                absolute(a.path()))).toList();
        String days = edition.spansDays() ? DAY.format(edition.startsOn()) + " to " + DAY.format(edition.endsOn()) : null;
        return new EditionLetter(magazine.get(), heading(edition), days, absolute(edition.path()), items, look.chrome(), "", "");
    }

    /** A letter of made-up pieces in the given design, for a preview before any edition is out. */
    EditionLetter sample(LetterDesign look) {
        List<EditionLetter.Item> items = List.of(
                new EditionLetter.Item("A sample piece: the lead of the day", look.showByline() ? "Ann Writer" : "",
                        look.showDek() ? "Its dek, the line under the title, as the editor wrote it." : "", absolute("/")),
                new EditionLetter.Item("A second sample piece", look.showByline() ? "Bo Reporter and Cy Editor" : "",
                        look.showDek() ? "No edition is out yet, so this letter shows made-up pieces." : "", absolute("/")));
        return new EditionLetter(magazine.get(), "Sample edition (no edition is out yet)", null, absolute("/"), items,
                look.chrome(), "", "");
    }

    /** The subject of the weekly digest: "The Ledger: the week to November 29, 2026". */
    String digestSubject(LocalDate lastDay) {
        return magazine.get() + ": the week to " + DATE.format(lastDay);
    }

    /** The digest of the editions that went out in the week, oldest first, and no subscriber's links yet. */
    DigestLetter digest(DigestWeek week, java.time.ZoneId zone) {
        List<Edition> out = editions.publishedBetween(week.from(), week.until());
        LetterDesign look = design.get();
        return new DigestLetter(magazine.get(), "The week to " + DATE.format(week.until().atZone(zone).toLocalDate()),
                out.stream().map(edition -> letter(edition.id(), look)).toList(), look.chrome(), "", "");
    }

    /** The digest to one subscriber: their links in the body, one-click headers on top. */
    Message message(DigestLetter digest, String subject, Subscriber subscriber) {
        DigestLetter theirs = digest.to(subscriptions.manageLink(subscriber).toString(),
                subscriptions.unsubscribeLink(subscriber).toString());
        byte[] html = templates.get().render("newsletter-digest.jte", theirs.chrome(), theirs);
        return new Message(subscriber.email(), subject, theirs.text(), new String(html, StandardCharsets.UTF_8),
                subscriptions.unsubscribeHeaders(subscriber));
    }

    /** The message to one subscriber: their manage and unsubscribe links in the body, one-click headers on top. */
    Message message(EditionLetter letter, String subject, Subscriber subscriber) {
        EditionLetter theirs = letter.to(subscriptions.manageLink(subscriber).toString(),
                subscriptions.unsubscribeLink(subscriber).toString());
        byte[] html = templates.get().render("newsletter-edition.jte", theirs.chrome(), theirs);
        return new Message(subscriber.email(), subject, theirs.text(), new String(html, StandardCharsets.UTF_8),
                subscriptions.unsubscribeHeaders(subscriber));
    }

    private static String heading(Edition edition) {
        String date = DATE.format(edition.startsOn());
        return edition.hasLabel() ? edition.label() + ", " + date : date;
    }

    private String absolute(String path) {
        return publicUrl.get() + path;
    }

    static String names(List<Byline> authors) {
        List<String> names = authors.stream().map(Byline::name).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
