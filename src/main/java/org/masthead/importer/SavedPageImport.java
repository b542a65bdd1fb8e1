package org.masthead.importer;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleImports;
import org.masthead.article.ArticleKind;
import org.masthead.article.ArticleService;
import org.masthead.article.Body;
import org.masthead.article.LineupDesk;
import org.masthead.common.Actor;
import org.masthead.author.Author;
import org.masthead.author.AuthorService;
import org.masthead.common.Invalid;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;
import org.masthead.markup.Markup;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.media.NewImage;

/**
 * Puts a saved page into the magazine through the same services editors use: its lineup first (each entry
 * an article whose text the page does not give), then the article itself with its credit and its authors'
 * bios. Every item is keyed by its authors and title, so a second run finds what the first one made.
 */
final class SavedPageImport {
    static final String SOURCE = "saved-page";

    private final ArticleService articles;
    private final ArticleImports imports;
    private final LineupDesk lineups;
    private final Actor actor;
    private final AuthorService authors;
    private final EditionService editions;
    private final MediaService media;
    private final ImportKeyStore keys;

    private int created;
    private int updated;
    private int unchanged;
    private final List<String> notes = new ArrayList<>();

    SavedPageImport(ArticleService articles, ArticleImports imports, LineupDesk lineups, Actor actor, AuthorService authors,
            EditionService editions, MediaService media, ImportKeyStore keys) {
        this.articles = articles;
        this.imports = imports;
        this.lineups = lineups;
        this.actor = actor;
        this.authors = authors;
        this.editions = editions;
        this.media = media;
        this.keys = keys;
    }

    /** Applies the page; the caller holds the transaction. */
    ImportReport apply(SavedPage page, LocalDate publishedOn) {
        int authorsBefore = authors.count();
        int editionsBefore = editions.count();
        for (SavedPage.LineupGroup group : page.lineup()) {
            Edition edition = atLine(group.line(), () -> editions.open(group.span()));
            List<Long> lineup = new ArrayList<>();
            for (int i = 0; i < group.entries().size(); i++) {
                SavedPage.Entry entry = group.entries().get(i);
                int position = i + 1;
                lineup.add(atLine(entry.line(), () ->
                        placeLineupEntry(List.of(authors.findOrCreate(entry.author())), entry.title(), edition, position)));
            }
            // The page's order wins; articles of the edition it does not list keep their order after them.
            atLine(group.line(), () -> {
                lineups.arrange(actor, edition, lineup);
                return null;
            });
        }
        atLine(page.titleLine(), () -> {
            saveArticle(page, publishedOn);
            return null;
        });
        return new ImportReport(ImportFormat.SAVED_PAGE.description(), created, updated, unchanged,
                authors.count() - authorsBefore, editions.count() - editionsBefore, notes);
    }

    /** Runs one step of the import; a rule it breaks is reported at the line the step came from. */
    private static <T> T atLine(int line, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (Invalid e) {
            throw new ImportFailed(line, e.getMessage());
        }
    }

    private long placeLineupEntry(List<Author> writers, String title, Edition edition, int position) {
        String key = key(writers, title);
        Optional<Long> known = keys.find(SOURCE, key);
        Article article;
        if (known.isEmpty()) {
            article = imports.create(actor, new ArticleDraft(title, null, "", Body.none(), ids(writers), List.of(), null),
                    ArticleKind.ARTICLE);
            keys.remember(SOURCE, key, "article", article.id());
            created++;
        } else {
            article = articles.find(known.get());
            boolean inPlace = article.isPublished() && article.editionId() != null
                    && article.editionId() == edition.id() && Integer.valueOf(position).equals(article.lineupPosition());
            if (inPlace) {
                unchanged++;
                return article.id();
            }
            updated++;
        }
        imports.publishInEdition(actor, article.id(), edition, position);
        return article.id();
    }

    private void saveArticle(SavedPage page, LocalDate publishedOn) {
        List<Author> writers = new ArrayList<>();
        for (SavedPage.Contributor contributor : page.contributors()) {
            writers.add(atLine(contributor.line(), () -> {
                Author author = authors.findOrCreate(contributor.name());
                return contributor.bio().isBlank() ? author : authors.setBio(author, Markup.escapeMarkdown(contributor.bio()));
            }));
        }
        String key = key(writers, page.title());
        Long imageId = page.credit().map(credit -> saveCredit(key, credit)).orElse(null);
        var draft = new ArticleDraft(page.title(), null, "", Body.html(Markup.paragraphs(page.paragraphs())),
                ids(writers), List.of(), imageId);
        Optional<Long> known = keys.find(SOURCE, key);
        Article article;
        boolean changed;
        if (known.isEmpty()) {
            article = imports.create(actor, draft, ArticleKind.ARTICLE);
            keys.remember(SOURCE, key, "article", article.id());
            created++;
            changed = true;
        } else {
            article = articles.find(known.get());
            changed = !article.body().source().equals(draft.body().source()) || !article.title().equals(draft.title())
                    || !article.authorIds().equals(draft.authorIds()) || !java.util.Objects.equals(article.leadImageId(), imageId);
            if (changed) {
                article = imports.update(actor, article.id(), draft);
                updated++;
            }
        }
        if (publishedOn != null && !(article.isPublished() && publishedOn.equals(article.publishedOn()))) {
            imports.publish(actor, article.id(), articles.startOf(publishedOn));
            if (!changed) {
                updated++;
                changed = true;
            }
        } else if (!article.isPublished()) {
            notes.add("“" + page.title() + "” is saved as a draft: the page does not say when it was published. "
                    + "Import it again with --published YYYY-MM-DD to publish it.");
        }
        if (!changed) {
            unchanged++;
        }
    }

    private long saveCredit(String articleKey, SavedPage.Credit credit) {
        NewImage image = new NewImage(null, null, "", "", credit.kind(), credit.name(), null, credit.licence(), null, null);
        String key = "image:" + articleKey;
        Optional<Long> known = keys.find(SOURCE, key);
        if (known.isPresent()) {
            Image current = media.find(known.get());
            if (current.creditKind() != credit.kind() || !current.creditName().equals(credit.name())
                    || current.licence() != credit.licence()) {
                media.update(current.id(), image);
            }
            return current.id();
        }
        long id = media.add(image);
        keys.remember(SOURCE, key, "image", id);
        return id;
    }

    /**
     * An item's identity across runs: its authors and its exact title (white space evened out), so that
     * "Pools" and "Pools!" stay two articles even though their slugs start alike.
     */
    private static String key(List<Author> writers, String title) {
        String exactTitle = Normalizer.normalize(title, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return writers.stream().map(Author::slug).collect(Collectors.joining("+")) + "/" + exactTitle;
    }

    private static List<Long> ids(List<Author> writers) {
        return writers.stream().map(Author::id).toList();
    }
}
