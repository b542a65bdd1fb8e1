package org.masthead.account;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.masthead.audit.AuditLog;
import org.masthead.common.Invalid;
import org.masthead.mail.MailSettings;
import org.masthead.mail.Mailer;
import org.masthead.mail.Message;
import org.masthead.platform.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A forgotten password, reset by a link sent by email: the link works once, for an hour. Asking never
 * reveals whether an address has an account, and is throttled like signing in, so nobody can flood an
 * inbox. Setting the new password signs the account out everywhere.
 *
 * <p>The answer to a request comes before anything about the address is looked up: the lookup, the link
 * and the email follow on one background thread, so neither the time taken nor a slow mail server tells an
 * asker whether the address has an account. Closing lets the queue finish for a few seconds, then drops it.
 */
public final class PasswordResets implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
    static final Duration LIFETIME = Duration.ofHours(1);

    private final Database db;
    private final UserStore users;
    private final SessionStore sessions;
    private final ResetStore resets;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Mailer mailer;
    private final Supplier<MailSettings> mail;
    private final Supplier<String> siteTitle;
    private final Supplier<URI> publicUrl;
    private final Clock clock;
    private final org.masthead.mail.Outbox outbox = new org.masthead.mail.Outbox("password-reset-mail");

    public PasswordResets(Database db, AccountStores stores, AuditLog audit, Mailer mailer, Supplier<MailSettings> mail,
            Supplier<String> siteTitle, Supplier<URI> publicUrl, Clock clock) {
        this.db = db;
        this.users = stores.users;
        this.sessions = stores.sessions;
        this.resets = stores.resets;
        this.throttle = stores.throttle;
        this.audit = audit;
        this.mailer = mailer;
        this.mail = mail;
        this.siteTitle = siteTitle;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** Whether the magazine can send reset links at all. */
    public boolean available() {
        return mail.get().isConfigured();
    }

    /**
     * Sends a reset link to the address if it has an account; says nothing either way, and returns before
     * the account is even looked up: the link is stored and sent from a queue, and a failure to send is
     * logged without the address's account being revealed.
     */
    public void request(String email, String address) {
        if (!available()) {
            throw new Invalid("this magazine cannot send email yet, so passwords cannot be reset by email; ask an admin");
        }
        String clean = User.normalEmail(email);
        // Each request counts as an attempt (let in and counted in one step), so the link cannot flood an inbox.
        if (throttle.admit(clean, address) instanceof LoginThrottle.Held) {
            return;
        }
        try {
            outbox.later(() -> sendLink(clean, address));
        } catch (RejectedExecutionException closing) {
            log.info("A password reset link was not sent: the magazine is shutting down");
        }
    }

    private void sendLink(String email, String address) {
        try {
            Optional<User> user = users.findByEmail(email).filter(u -> !u.disabled());
            if (user.isEmpty()) {
                return;
            }
            String token = Tokens.fresh();
            Instant now = clock.instant();
            db.write(h -> {
                resets.insert(Tokens.hash(token), user.get().id(), now.plus(LIFETIME));
                audit.record(user.get().asActor(address), "account.password_reset_requested", "user", user.get().id(), "");
                return null;
            });
            send(user.get(), token);
        } catch (RuntimeException e) {
            log.warn("A password reset link could not be made: {}", e.getMessage());
        }
    }

    /** Whether a link is still good, for showing its form. */
    public boolean isValid(String token) {
        return find(token).isPresent();
    }

    /**
     * Sets a new password with a link's token; the link is then spent, and every session of the account ends.
     * Spending it is one conditional update, so of several uses of one link at once exactly one sets a password.
     */
    public void reset(String token, String password, String address) {
        long userId = find(token).orElseThrow(ResetStore::spent);
        User user = users.find(userId).orElseThrow();
        Passwords.check(password, user.email());
        db.write(h -> {
            if (!resets.spend(Tokens.hash(token), clock.instant())) {
                throw ResetStore.spent();
            }
            users.update(userId, "password_hash", Passwords.hash(password), clock.instant());
            sessions.deleteAllOf(userId);
            audit.record(user.asActor(address), "account.password_reset", "user", userId, "");
            return null;
        });
    }

    private Optional<Long> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return resets.findUsable(Tokens.hash(token), clock.instant());
    }

    private void send(User user, String token) {
        String link = publicUrl.get() + "/admin/password-reset/" + token;
        String text = "Hello " + user.name() + ",\n\nSomeone (we hope you) asked to reset your password for "
                + siteTitle.get() + ". To choose a new one, open this link within the hour:\n\n" + link
                + "\n\nIf you did not ask, ignore this email: your password stays as it is.\n";
        try {
            mailer.send(mail.get(), Message.plain(user.email(), "Reset your password for " + siteTitle.get(), text));
        } catch (RuntimeException e) {
            log.warn("A password reset link could not be sent: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        outbox.close();
    }
}
