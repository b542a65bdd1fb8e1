package org.masthead.account;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.masthead.audit.AuditLog;
import org.masthead.author.AuthorService;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;
import org.masthead.platform.Database;
import org.masthead.common.Actor;
import org.masthead.common.Role;

/** The people who sign in: the first admin, adding people, their roles, passwords and second factor. */
public final class AccountService {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Database db;
    private final UserStore users;
    private final SessionStore sessions;
    private final AuthorService authors;
    private final AuditLog audit;
    private final Clock clock;

    public AccountService(Database db, AccountStores stores, AuthorService authors, AuditLog audit, Clock clock) {
        this.db = db;
        this.users = stores.users;
        this.sessions = stores.sessions;
        this.authors = authors;
        this.audit = audit;
        this.clock = clock;
    }

    /** True until the magazine has an admin who can sign in: the first-run page is open until then. */
    public boolean needsFirstAdmin() {
        return !users.anyActiveAdmin();
    }

    /** Creates the first admin; refused once any admin exists, so the first-run page cannot be replayed. */
    public User createFirstAdmin(String name, String email, String password, String address) {
        return db.write(h -> {
            db.serializeWrites("accounts");
            if (!needsFirstAdmin()) {
                throw new Forbidden("this magazine has an admin already; sign in instead");
            }
            User admin = insert(name, email, Role.ADMIN, password);
            audit.record(admin.asActor(address), "account.created", "user", admin.id(), "first admin");
            return admin;
        });
    }

    /** Adds a person; admins only. */
    public User add(Actor actor, String name, String email, Role role, String password) {
        requireAdmin(actor, "add people");
        return db.write(h -> {
            User user = insert(name, email, role, password);
            audit.record(actor, "account.created", "user", user.id(), role.code() + " " + user.email());
            return user;
        });
    }

    public User find(long id) {
        return users.find(id).orElseThrow(() -> new NotFound("no user " + id));
    }

    public List<User> all(Actor actor) {
        requireAdmin(actor, "see everyone's account");
        return users.all();
    }

    public void changeRole(Actor actor, long userId, Role role) {
        requireAdmin(actor, "change roles");
        db.write(h -> {
            db.serializeWrites("accounts");
            User user = find(userId);
            if (user.role() == Role.ADMIN && role != Role.ADMIN && users.all().stream()
                    .filter(u -> u.role() == Role.ADMIN && !u.disabled()).count() == 1) {
                throw new Invalid("the magazine needs at least one admin; make someone else admin first");
            }
            users.update(userId, "role", role.code(), clock.instant());
            audit.record(actor, "account.role_changed", "user", userId, user.role().code() + " -> " + role.code());
            return null;
        });
    }

    public void setDisabled(Actor actor, long userId, boolean disabled) {
        requireAdmin(actor, "disable accounts");
        if (disabled && userId == (actor.userId() == null ? -1 : actor.userId())) {
            throw new Invalid("you cannot disable your own account");
        }
        db.write(h -> {
            users.update(userId, "disabled", disabled, clock.instant());
            audit.record(actor, disabled ? "account.disabled" : "account.enabled", "user", userId, "");
            return null;
        });
    }

    /**
     * Changes a password: one's own with the current one, or anyone's as an admin. Every browser signed in
     * to that account is signed out, but the one making the change ({@code keptSession}, its session token,
     * when it is the account's own).
     */
    public void changePassword(Actor actor, long userId, String current, String replacement, String keptSession) {
        User user = find(userId);
        boolean self = actor.userId() != null && actor.userId() == userId;
        if (!self) {
            requireAdmin(actor, "change another person's password");
        } else if (!Passwords.matches(current, users.passwordHash(userId).orElseThrow())) {
            throw new Invalid("current", "the current password is not right");
        }
        Passwords.check(replacement, user.email());
        db.write(h -> {
            users.update(userId, "password_hash", Passwords.hash(replacement), clock.instant());
            int ended = sessions.deleteAllOfExcept(userId, self && keptSession != null ? Tokens.hash(keptSession) : null);
            audit.record(actor, "account.password_changed", "user", userId, ended + " other session(s) ended");
            return null;
        });
    }

    /** Sets the password of the account with this email, as the command line does for a locked-out admin. */
    public User setPassword(Actor actor, String email, String replacement) {
        User user = users.findByEmail(User.normalEmail(email))
                .orElseThrow(() -> new Invalid("email", "no one signs in as " + email));
        changePassword(actor, user.id(), null, replacement, null);
        return user;
    }

    /** Turns on a second factor for oneself, once a code from the new secret proves the app has it. */
    public void enableTwoFactor(Actor actor, String secret, String code) {
        long userId = requireSelf(actor);
        var step = TwoFactor.verify(secret, code, clock.instant(), null);
        if (step.isEmpty()) {
            throw new Invalid("code", "that code does not match; check the time on your phone and try the next code");
        }
        db.write(h -> {
            users.update(userId, "totp_secret", secret, clock.instant());
            users.update(userId, "totp_last_step", step.getAsLong(), clock.instant());
            audit.record(actor, "account.two_factor_enabled", "user", userId, "");
            return null;
        });
    }

    /**
     * Turns a second factor off: for oneself with one's password (a session left open on a shared computer must not
     * be enough), unless an admin requires it; or for someone else as an admin (a lost phone).
     */
    public void disableTwoFactor(Actor actor, long userId, String password) {
        User user = find(userId);
        boolean self = actor.userId() != null && actor.userId() == userId;
        if (!self || user.twoFactorRequired()) {
            requireAdmin(actor, "turn off a second factor that is required");
        }
        if (self && (password == null || !Passwords.matches(password, users.passwordHash(userId).orElseThrow()))) {
            throw new Invalid("confirm_password", "the password is not right");
        }
        db.write(h -> {
            users.update(userId, "totp_secret", null, clock.instant());
            audit.record(actor, "account.two_factor_disabled", "user", userId, "");
            return null;
        });
    }

    public void requireTwoFactor(Actor actor, long userId, boolean required) {
        requireAdmin(actor, "require a second factor");
        db.write(h -> {
            users.update(userId, "totp_required", required, clock.instant());
            audit.record(actor, required ? "account.two_factor_required" : "account.two_factor_optional", "user", userId, "");
            return null;
        });
    }

    /** Turns on or off, for oneself, the mail of the workflow's steps (a piece submitted, sent back, published). */
    public void setWorkflowMail(Actor actor, boolean wanted) {
        long userId = requireSelf(actor);
        db.write(h -> {
            users.update(userId, "workflow_mail", wanted, clock.instant());
            audit.record(actor, wanted ? "account.workflow_mail_on" : "account.workflow_mail_off", "user", userId, "");
            return null;
        });
    }

    /**
     * Everyone who may be told of the workflow's steps by email: not disabled, and not having turned it off. For the
     * mail that follows the steps, which a system sends, not a person.
     */
    public List<User> wantingWorkflowMail() {
        return users.wantingWorkflowMail();
    }

    /** A fresh secret and the address an authenticator app reads, for the enrolment page. */
    public TwoFactorEnrolment startTwoFactor(Actor actor, String issuer) {
        User user = find(requireSelf(actor));
        String secret = TwoFactor.newSecret();
        return new TwoFactorEnrolment(secret, TwoFactor.enrolmentUri(issuer, user.email(), secret));
    }

    /**
     * The byline of the magazine's first admin (the one who set it up), made from their name the first time it
     * is needed; empty while there is no admin.
     */
    public java.util.Optional<Long> firstAdminsByline() {
        return users.all().stream().filter(u -> u.role() == Role.ADMIN).min(java.util.Comparator.comparingLong(User::id))
                .map(admin -> bylineOf(admin.asActor("")));
    }

    /** The author a person writes as, made from their name the first time they need one. */
    public long bylineOf(Actor actor) {
        long userId = requireSelf(actor);
        return db.write(h -> {
            User user = find(userId);
            if (user.authorId() != null) {
                return user.authorId();
            }
            long authorId = authors.findOrCreate(user.name()).id();
            users.update(userId, "author_id", authorId, clock.instant());
            return authorId;
        });
    }

    private User insert(String name, String email, Role role, String password) {
        String cleanName = org.masthead.common.Names.clean(name);
        String cleanEmail = User.normalEmail(email);
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new Invalid("name", "a name of 1 to 100 characters is needed");
        }
        if (!EMAIL.matcher(cleanEmail).matches() || cleanEmail.length() > 254) {
            throw new Invalid("email", "'" + email + "' is not an email address");
        }
        if (users.findByEmail(cleanEmail).isPresent()) {
            throw new Invalid("email", "an account with the email " + cleanEmail + " exists already");
        }
        Passwords.check(password, cleanEmail);
        long id = users.insert(cleanEmail, cleanName, role, Passwords.hash(password), null, clock.instant());
        return find(id);
    }

    private static void requireAdmin(Actor actor, String what) {
        if (!actor.atLeast(Role.ADMIN)) {
            throw new Forbidden("only an admin can " + what);
        }
    }

    private static long requireSelf(Actor actor) {
        if (actor.userId() == null) {
            throw new Forbidden("this is for a signed-in person");
        }
        return actor.userId();
    }
}
