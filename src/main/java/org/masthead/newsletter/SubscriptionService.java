package org.masthead.newsletter;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.masthead.common.NotFound;
import org.masthead.common.TooMany;
import org.masthead.common.Unavailable;
import org.masthead.mail.MailSettings;
import org.masthead.mail.Mailer;
import org.masthead.mail.Message;
import org.masthead.newsletter.Subscriber.Frequency;
import org.masthead.newsletter.Subscriber.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribing to the newsletter, with double opt-in: the form's answer is the same for every address, new, pending
 * or subscribed, and comes before the address is looked up; the lookup and the mail follow on one background
 * thread, so neither the answer nor the time it takes tells anyone whether an address is subscribed. The links a
 * subscriber gets carry their token, which is all it takes to confirm, choose daily or weekly, or leave.
 */
public final class SubscriptionService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Where a subscription made on the site's own form says its consent came from. */
    static final String FORM = "form";

    private final SubscriberStore store;
    private final SubscribeThrottle throttle;
    private final Mailer mailer;
    private final Supplier<MailSettings> mail;
    private final Supplier<String> siteTitle;
    private final Supplier<URI> publicUrl;
    private final Clock clock;
    private final org.masthead.mail.Outbox outbox = new org.masthead.mail.Outbox("subscription-mail");

    public SubscriptionService(NewsletterStores stores, Mailer mailer, Supplier<MailSettings> mail,
            Supplier<String> siteTitle, Supplier<URI> publicUrl, Clock clock) {
        this.store = stores.subscribers;
        this.throttle = stores.throttle;
        this.mailer = mailer;
        this.mail = mail;
        this.siteTitle = siteTitle;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /**
     * Asks for the newsletter at an address typed into the form, from a client's address. Throws {@code Invalid} for
     * an address that is none, {@link TooMany} when the address or the client asked too often, {@link Unavailable}
     * when the magazine cannot send mail; otherwise returns at once, the same for every address: a new or pending
     * one gets a confirmation mail, a subscribed one a note saying so, from the background.
     */
    public void subscribe(String typedEmail, String client) {
        String email = EmailAddresses.parse(typedEmail);
        if (!mail.get().isConfigured()) {
            throw new Unavailable("this magazine cannot send email yet, so it takes no subscriptions; please come back later", null);
        }
        throttle.admit(email, client).ifPresent(wait -> {
            throw new TooMany("this address or your connection asked to subscribe too often; please try again in "
                    + Math.max(1, wait.toMinutes()) + " minutes", wait);
        });
        try {
            outbox.later(() -> enrol(email));
        } catch (RejectedExecutionException closing) {
            log.info("A subscription was not taken: the magazine is shutting down");
        }
    }

    private void enrol(String email) {
        try {
            Subscriber subscriber = store.findByEmail(email).orElseGet(() -> store.insertPending(email, freshToken(), FORM, clock.instant()));
            if (subscriber.status() == Status.UNSUBSCRIBED || subscriber.status() == Status.PAUSED) {
                store.resubscribe(subscriber.id(), FORM, clock.instant());
            }
            Message message = subscriber.status() == Status.CONFIRMED
                    ? SubscriptionMail.alreadySubscribed(email, siteTitle.get(), manageLink(subscriber))
                    : SubscriptionMail.confirmation(email, siteTitle.get(), link("/subscribe/confirm/", subscriber.token()));
            mailer.send(mail.get(), message);
        } catch (RuntimeException e) {
            // The address is not logged: the log is no list of who subscribes.
            log.warn("A subscription mail could not be sent: {}", e.getMessage());
        }
    }

    /** The subscriber a link's token names, for showing its page; empty for a token that names nobody. */
    public Optional<Subscriber> find(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return store.findByToken(token);
    }

    /**
     * The subscriber a confirmation link names, unless the link has expired: a subscription not confirmed within
     * {@link PendingExpiry#AFTER} is forgotten (by {@link #expiry()}, or already by this), and a token naming nobody is
     * taken for one, which tells no one whether an address ever asked.
     */
    public Optional<Subscriber> toConfirm(String token) {
        Instant cutoff = clock.instant().minus(PendingExpiry.AFTER);
        return find(token).filter(s -> s.status() != Status.PENDING || !s.createdAt().isBefore(cutoff));
    }

    /**
     * Confirms a subscription with the token from the confirmation mail; empty when the link has expired (see
     * {@link #toConfirm}). Confirming twice is no error; a link of someone who has left since does not bring them back
     * (they subscribe again).
     */
    public Optional<Subscriber> confirm(String token) {
        Optional<Subscriber> subscriber = toConfirm(token);
        subscriber.filter(s -> s.status() == Status.PENDING).ifPresent(s -> store.confirm(s.id(), clock.instant()));
        return subscriber.flatMap(s -> find(token));
    }

    /** The periodic work that forgets subscriptions left unconfirmed, for the scheduler to run. */
    public org.masthead.platform.Scheduler.Work expiry() {
        return new PendingExpiry(store, clock);
    }

    /** Stops the newsletter for the subscriber of the token; leaving twice is no error. */
    public Subscriber unsubscribe(String token) {
        store.unsubscribe(existing(token).id(), clock.instant());
        return existing(token);
    }

    /** Daily or weekly, for the subscriber of the token. */
    public Subscriber chooseFrequency(String token, Frequency frequency) {
        store.setFrequency(existing(token).id(), frequency);
        return existing(token);
    }

    /**
     * The headers of RFC 8058's one-click unsubscribe, for every newsletter mail to this subscriber: a mail client
     * posts {@code List-Unsubscribe=One-Click} to the link, and the subscriber has left.
     */
    public Map<String, String> unsubscribeHeaders(Subscriber subscriber) {
        return Map.of("List-Unsubscribe", "<" + unsubscribeLink(subscriber) + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    public URI unsubscribeLink(Subscriber subscriber) {
        return link("/unsubscribe/", subscriber.token());
    }

    public URI manageLink(Subscriber subscriber) {
        return link("/newsletter/manage/", subscriber.token());
    }

    private URI link(String path, String token) {
        return URI.create(publicUrl.get() + path + "?token=" + token);
    }

    private Subscriber existing(String token) {
        return find(token).orElseThrow(() -> new NotFound("no subscriber has this token"));
    }

    /** 32 random bytes, as the URL-safe text the links carry. */
    static String freshToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        outbox.close();
    }
}
