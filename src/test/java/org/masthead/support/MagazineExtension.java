package org.masthead.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.settings.Setting;

/**
 * A new magazine for each test, titled "The Ledger", sending its mail to a GreenMail server of its own, on the
 * test's clock: {@code @RegisterExtension final MagazineExtension ledger = MagazineExtension.on(kind, clock).served();}
 * With {@link #withStaff()} it has an admin (Ada), an editor with a byline (Ed) and an author (Al), all with
 * {@link #PASSWORD}. Tests that fill the data directory first (a theme) build it {@link #startedByEachTest()}
 * and call {@link #start(Consumer)}.
 */
public final class MagazineExtension implements BeforeEachCallback, AfterEachCallback {
    public static final String PASSWORD = "correct horse battery";

    private final Database.Kind kind;
    private final MutableClock clock;
    private boolean served;
    private boolean staffed;
    private boolean startedByTest;
    private GreenMail mail;
    private Path dataDir;
    private Masthead magazine;
    private RunningSite site;
    private Actor editor;

    private MagazineExtension(Database.Kind kind, MutableClock clock) {
        this.kind = kind;
        this.clock = clock;
    }

    /** A magazine on this database whose every service reads the time from this clock; not served. */
    public static MagazineExtension on(Database.Kind kind, MutableClock clock) {
        return new MagazineExtension(kind, clock);
    }

    /** Serves the magazine over HTTP on a random port (which starts its scheduler too). */
    public MagazineExtension served() {
        this.served = true;
        return this;
    }

    /** Signs up Ada Admin, Ed Itor (an editor with a byline) and Al Author. */
    public MagazineExtension withStaff() {
        this.staffed = true;
        return this;
    }

    /** Leaves the start to each test, through {@link #start()} or {@link #start(Consumer)}. */
    public MagazineExtension startedByEachTest() {
        this.startedByTest = true;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        if (!startedByTest) {
            start();
        }
    }

    /** Starts the magazine on an empty data directory. */
    public void start() {
        start(dataDir -> { });
    }

    /** Starts the magazine on a data directory that {@code prepare} fills first. */
    public void start(Consumer<Path> prepare) {
        if (served) {
            site = RunningSite.withDataDir(kind, clock, prepare);
            magazine = site.magazine();
        } else {
            dataDir = RunningSite.tempDir();
            prepare.accept(dataDir);
            magazine = Magazines.open(kind, dataDir, clock);
        }
        if (staffed) {
            signUpStaff();
        }
        var settings = magazine.settings();
        settings.set(Setting.SITE_TITLE, "The Ledger");
        settings.set(Setting.MAIL_HOST, "localhost");
        settings.set(Setting.MAIL_PORT, Integer.toString(mail.getSmtp().getPort()));
        settings.set(Setting.MAIL_SECURITY, "none");
        settings.set(Setting.MAIL_FROM, "The Ledger <news@ledger.example>");
    }

    private void signUpStaff() {
        var accounts = magazine.accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", "ada@example.org", PASSWORD, "");
        User ed = accounts.add(admin.asActor(""), "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        accounts.add(admin.asActor(""), "Al Author", "al@example.org", Role.AUTHOR, PASSWORD);
        accounts.bylineOf(ed.asActor(""));
        editor = accounts.find(ed.id()).asActor("");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (site != null) {
                site.close();
            } else if (magazine != null) {
                magazine.close();
                RunningSite.deleteAll(dataDir);
            }
        } finally {
            mail.stop();
        }
    }

    public Masthead magazine() {
        assertThat(magazine).as("the magazine, started").isNotNull();
        return magazine;
    }

    /** The served magazine's address, for plain requests. */
    public Http http() {
        assertThat(site).as("a served magazine").isNotNull();
        return site.http();
    }

    /** The mail server the magazine sends through, with what it received. */
    public GreenMail mail() {
        return mail;
    }

    /** Ed Itor, the editor of {@link #withStaff()}, with his byline. */
    public Actor editor() {
        assertThat(editor).as("the staff, signed up").isNotNull();
        return editor;
    }

    /** A person at the newsroom's screens, signed in with {@link #PASSWORD}. */
    public AdminClient signedIn(String email) {
        var client = new AdminClient(http().base());
        assertThat(client.signIn(email, PASSWORD).status()).isEqualTo(303);
        return client;
    }
}
