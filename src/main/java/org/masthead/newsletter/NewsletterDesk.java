package org.masthead.newsletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.audit.AuditLog;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.common.Page;
import org.masthead.common.PageRequest;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionService;
import org.masthead.mail.MailSettings;
import org.masthead.mail.Mailer;
import org.masthead.mail.Message;
import org.masthead.platform.Database;

/**
 * The newsletter in the newsroom. Who may do what, as in Ghost, where members are the admins' business: editors and
 * admins see the subscribers, the send log and the letter's preview, and send a test to one address (all they need
 * to get an edition out); only an admin changes a subscriber, imports or exports, since those touch people's
 * addresses and consent. Every change is in the audit log, written in the change's own transaction.
 */
public final class NewsletterDesk {
    /** The most failed deliveries one send shows; beyond, the admin has a server problem, not a list to read. */
    private static final int FAILURES_SHOWN = 500;
    /** The line numbers of invalid addresses an import reports, the rest being counted. */
    private static final int INVALID_LINES_SHOWN = 5;

    /** The subscribers wanted: address text (empty for any), and a status and frequency (null for any). */
    public record SubscriberFilter(String search, Subscriber.Status status, Subscriber.Frequency frequency) {
        public SubscriberFilter {
            search = search == null ? "" : search.strip();
        }
    }

    /** A page of subscribers, and how many there are in each status. */
    public record Subscribers(Page<Subscriber> page, Map<Subscriber.Status, Integer> counts) {}

    /** What an import did: each address counted once, the first few invalid ones by their line in the file. */
    public record ImportReport(int added, int alreadyThere, int skippedUnsubscribed, int invalid, List<Integer> invalidLines) {}

    /** One send in the log, with its deliveries counted: queued (or being sent), sent, failed, skipped. */
    public record LoggedSend(long id, Long editionId, String kind, String subject, String status, Instant createdAt,
            Instant finishedAt, int queued, int sent, int failed, int skipped) {}

    /** A delivery the server refused, or that was interrupted, with what went wrong. */
    public record Failure(String email, int attempts, String error) {}

    private final Database db;
    private final SqlNewsletterDeskStore store;
    private final EditionLetters letters;
    private final EditionService editions;
    private final Mailer mailer;
    private final Supplier<MailSettings> mail;
    private final AuditLog audit;
    private final Clock clock;
    private final LetterDesigns designs;

    NewsletterDesk(SendingService.Wiring w, NewsletterStores stores, EditionLetters letters, AuditLog audit,
            LetterDesigns designs) {
        this.designs = designs;
        this.db = w.db();
        this.store = stores.desk;
        this.letters = letters;
        this.editions = w.editions();
        this.mailer = w.mailer();
        this.mail = w.mail();
        this.audit = audit;
        this.clock = w.clock();
    }

    /** A page of the subscribers the filter finds, newest first, with the counts by status of all of them. */
    public Subscribers subscribers(Actor actor, SubscriberFilter filter, PageRequest request) {
        require(actor, Role.EDITOR, "only editors and admins see the newsletter's subscribers");
        return new Subscribers(Page.fromLookahead(store.find(filter, request), request), store.countByStatus());
    }

    /** Stops the newsletter for a subscriber, as their own unsubscribe link would; leaving twice is no error. */
    public void unsubscribe(Actor actor, long subscriberId) {
        require(actor, Role.ADMIN, "only an admin changes a subscriber");
        Subscriber subscriber = existing(subscriberId);
        db.write(h -> {
            if (store.unsubscribe(h, subscriberId, clock.instant())) {
                audit.record(actor, "newsletter.unsubscribe", "subscriber", subscriberId, subscriber.email());
            }
            return null;
        });
    }

    /**
     * Sends the newsletter again to a subscriber the sending paused after refused deliveries (the admin knows the
     * address works again); their failures start from nothing. Only a paused subscriber: someone who left comes back
     * only by subscribing themselves.
     */
    public void reactivate(Actor actor, long subscriberId) {
        require(actor, Role.ADMIN, "only an admin changes a subscriber");
        Subscriber subscriber = existing(subscriberId);
        db.write(h -> {
            if (!store.reactivate(h, subscriberId)) {
                throw new Invalid("only a paused subscriber can be reactivated; " + subscriber.email() + " is "
                        + subscriber.status().code());
            }
            audit.record(actor, "newsletter.reactivate", "subscriber", subscriberId, subscriber.email());
            return null;
        });
    }

    /** Writes every subscriber as CSV, row by row as they are read; the export itself is audited, not its rows. */
    public void export(Actor actor, Writer out) {
        require(actor, Role.ADMIN, "only an admin exports the subscribers");
        audit.record(actor, "newsletter.export", "subscribers", null, "exported as CSV");
        try {
            out.write(SubscriberCsv.HEADER);
            store.forEach(s -> {
                try {
                    out.write(SubscriberCsv.row(s));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the addresses of a CSV file whose people agreed to receive the newsletter: each new address is added as
     * confirmed (the consent is what the confirmation mail would have asked for) with the note as its source. An
     * address already there is left as it is, whatever its status: an import never brings back someone who left.
     * The file is read and checked whole first; then the rows go in one transaction, so a file is imported entirely
     * or, when something fails, not at all. Invalid addresses are counted and skipped, not fatal.
     */
    public ImportReport importCsv(Actor actor, byte[] file, boolean consent, String note) {
        require(actor, Role.ADMIN, "only an admin imports subscribers");
        String why = note == null ? "" : note.strip();
        if (!consent) {
            throw new Invalid("consent", "Tick the box to confirm these people agreed to receive the newsletter; without"
                    + " their consent nobody is imported.");
        }
        if (why.isEmpty() || why.length() > 200) {
            throw new Invalid("note", "Say in a few words (200 characters at most) where these people agreed, such as"
                    + " \"signed up at our stall, May 2026\".");
        }
        List<SubscriberCsv.Row> rows = SubscriberCsv.read(file);
        String source = "csv import: " + why;
        Instant now = clock.instant();
        return db.write(h -> {
            int added = 0;
            int there = 0;
            int departed = 0;
            List<Integer> invalid = new ArrayList<>();
            for (SubscriberCsv.Row row : rows) {
                String email;
                try {
                    email = EmailAddresses.parse(row.email());
                } catch (Invalid notAnAddress) {
                    invalid.add(row.line());
                    continue;
                }
                Subscriber.Frequency frequency = Subscriber.Frequency.fromCode(row.frequency()).orElse(Subscriber.Frequency.DAILY);
                Optional<Subscriber.Status> status = store.statusOf(h, email);
                if (status.isPresent()) {
                    if (status.get() == Subscriber.Status.UNSUBSCRIBED) {
                        departed++;
                    } else {
                        there++;
                    }
                } else if (store.insertConfirmed(h, email, frequency, SubscriptionService.freshToken(), source, now)) {
                    added++;
                } else {
                    there++;
                }
            }
            audit.record(actor, "newsletter.import", "subscribers", null, source + " (" + added + " added, " + there
                    + " already there, " + departed + " unsubscribed skipped, " + invalid.size() + " invalid)");
            return new ImportReport(added, there, departed, invalid.size(),
                    List.copyOf(invalid.subList(0, Math.min(INVALID_LINES_SHOWN, invalid.size()))));
        });
    }

    /** The editions a test can be made of, newest first: those with anything out. */
    public List<Edition> editionsToSend(Actor actor) {
        require(actor, Role.EDITOR, "only editors and admins send the newsletter");
        return editions.withPublishedArticles(null, null, new PageRequest(1, 20)).items();
    }

    /**
     * Sends the edition's letter (the latest edition's when none is given) to one address, marked as a test, through
     * the magazine's mail server; returns the subject sent. Throws {@code MailFailed} with the server's answer.
     */
    public String testSend(Actor actor, Long editionId, String typedEmail) {
        require(actor, Role.EDITOR, "only editors and admins send the newsletter");
        String email = EmailAddresses.parse(typedEmail);
        if (!mail.get().isConfigured()) {
            throw new Invalid("the mail server is not set up yet; an admin sets it under Settings");
        }
        Edition edition = chosen(actor, editionId);
        String subject = "[Test] " + letters.subject(edition.id());
        Message message = letters.message(letters.letter(edition.id()), subject, sample(email));
        mailer.send(mail.get(), message);
        audit.record(actor, "newsletter.test", "edition", edition.id(), "to " + email);
        return subject;
    }

    /**
     * The HTML of the edition's letter as a subscriber receives it, in the saved design: the latest edition's when none
     * is given, or a sample letter of made-up pieces when no edition is out yet.
     */
    public String preview(Actor actor, Long editionId) {
        require(actor, Role.EDITOR, "only editors and admins see the newsletter");
        return editionId != null ? html(letters.letter(chosen(actor, editionId).id())) : latest(actor, designs.current());
    }

    /** The letter's design as saved. */
    public LetterDesign design(Actor actor) {
        require(actor, Role.EDITOR, "only editors and admins design the newsletter");
        return designs.current();
    }

    /**
     * Saves the letter's design from the form's fields (intro, footer, show-dek, show-byline, accent; a box left
     * unticked is absent): every letter from now on wears it, the test send too. Throws {@code Invalid} naming the
     * field at fault, and saves nothing then.
     */
    public void changeDesign(Actor actor, Map<String, String> typed) {
        require(actor, Role.EDITOR, "only editors and admins design the newsletter");
        LetterDesign design = designs.check(typed);
        db.write(h -> {
            designs.save(design);
            audit.record(actor, "newsletter.design", "newsletter", null, "the letter's intro, footer, parts shown and colour");
            return null;
        });
    }

    /** The latest letter's HTML (or the sample's) in a design as typed, saving nothing; {@code Invalid} as above. */
    public String previewDesign(Actor actor, Map<String, String> typed) {
        require(actor, Role.EDITOR, "only editors and admins design the newsletter");
        return latest(actor, designs.check(typed));
    }

    private String latest(Actor actor, LetterDesign design) {
        return editionsToSend(actor).stream().findFirst().map(edition -> html(letters.letter(edition.id(), design)))
                .orElseGet(() -> html(letters.sample(design)));
    }

    private String html(EditionLetter letter) {
        return letters.message(letter, "", sample("reader@example.org")).html();
    }

    /** The sends, newest first, with their deliveries counted. */
    public Page<LoggedSend> sends(Actor actor, PageRequest request) {
        require(actor, Role.EDITOR, "only editors and admins see the send log");
        return Page.fromLookahead(store.sends(request), request);
    }

    /** One send of the log, with its counts. */
    public LoggedSend send(Actor actor, long sendId) {
        require(actor, Role.EDITOR, "only editors and admins see the send log");
        return store.send(sendId).orElseThrow(() -> new NotFound("no send " + sendId));
    }

    /** The failed deliveries of a send, with their errors (the first {@value #FAILURES_SHOWN}). */
    public List<Failure> failures(Actor actor, long sendId) {
        require(actor, Role.EDITOR, "only editors and admins see the send log");
        return store.failures(sendId, FAILURES_SHOWN);
    }

    private Edition chosen(Actor actor, Long editionId) {
        if (editionId != null) {
            return editions.find(editionId);
        }
        return editionsToSend(actor).stream().findFirst()
                .orElseThrow(() -> new NotFound("no edition has anything out yet, so there is no letter to show"));
    }

    /** A reader who is nobody: the letter's links carry a token that names no subscriber, so a click changes nothing. */
    private static Subscriber sample(String email) {
        return new Subscriber(0, email, Subscriber.Status.CONFIRMED, Subscriber.Frequency.DAILY, "test-letter-names-nobody",
                "test", null, null, null, 0);
    }

    private Subscriber existing(long id) {
        return store.find(id).orElseThrow(() -> new NotFound("no subscriber " + id));
    }

    private static void require(Actor actor, Role role, String refusal) {
        if (!actor.atLeast(role)) {
            throw new Forbidden(refusal);
        }
    }
}
