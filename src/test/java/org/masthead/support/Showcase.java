package org.masthead.support;

import static org.masthead.support.ArticleBuilder.anArticle;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.article.Article;
import org.masthead.article.BodyFormat;
import org.masthead.article.DraftInput;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.media.CreditKind;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.settings.Setting;

/**
 * A magazine with one of every kind of page on it, for the checks that must see them all (valid HTML,
 * accessibility): the reference page imported (a Weekend Edition, pieces known only by their title, a
 * photo credit), a piece with an uploaded lead picture, topics and two writers, a static page, enough
 * editions for a second page, an edition being planned, a picture library, people (one with two-factor
 * sign-in) and a password reset link. {@link #publicPages()}, {@link #adminScreens()} and {@link #variants()}
 * name the addresses.
 */
public final class Showcase implements AutoCloseable {
    public static final String ADMIN_EMAIL = "ada@example.org";
    public static final String TWO_FACTOR_EMAIL = "tess@example.org";
    public static final String PASSWORD = "correct horse battery";

    /** Who looks at a page: a reader (or someone signed out), the admin, or someone between password and code. */
    public enum Who { READER, ADMIN, AWAITING_CODE }

    /** One page to look at: what it is, where, as whom, and the status it answers with. */
    public record Visit(String name, String path, Who who, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * The showcase of a whole test run, for test classes that look at it without changing what they look at:
     * built by the first class that asks (it takes seconds) and closed when the run ends.
     * {@code @RegisterExtension static final Showcase.Shared shared = new Showcase.Shared();}
     */
    public static final class Shared implements BeforeAllCallback {
        private Showcase showcase;

        @Override
        public void beforeAll(ExtensionContext context) {
            showcase = context.getRoot().getStore(ExtensionContext.Namespace.create(Showcase.class))
                    .computeIfAbsent(Showcase.class, key -> open(), Showcase.class);
        }

        public Showcase get() {
            return showcase;
        }
    }

    private final RunningSite site;
    /** Where the showcase's webhook delivers: on this machine, so the config file allows private addresses. */
    private final WebhookReceiver receiver = new WebhookReceiver().answering(500);
    private final List<Visit> publicPages = new ArrayList<>();
    private final List<Visit> adminScreens = new ArrayList<>();
    private final List<Visit> variants = new ArrayList<>();
    private String twoFactorSecret;

    private Showcase(RunningSite site) {
        this.site = site;
    }

    /** Builds the magazine (a few seconds: it starts a mail server for the reset link, and indexes for search). */
    public static Showcase open() {
        Showcase showcase = new Showcase(RunningSite.withReferencePage(org.masthead.platform.Database.Kind.SQLITE, dir -> {
            try {
                java.nio.file.Files.writeString(dir.resolve("masthead.properties"), "webhooks.private-targets=allow\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        try {
            showcase.fill();
        } catch (RuntimeException e) {
            showcase.close();
            throw e;
        }
        return showcase;
    }

    public RunningSite site() {
        return site;
    }

    public Http http() {
        return site.http();
    }

    public String url(String path) {
        return site.http().base().resolve(path).toString();
    }

    public List<Visit> publicPages() {
        return publicPages;
    }

    public List<Visit> adminScreens() {
        return adminScreens;
    }

    /**
     * Pages and screens above in another state or with other content (a filter applied, a spent link, a
     * corrected search): the same templates, so the checks that take seconds a page leave them out.
     */
    public List<Visit> variants() {
        return variants;
    }

    /** A one-time code for the two-factor account, valid now, as its authenticator app would show it. */
    public String twoFactorCode() {
        try {
            var totp = new TimeBasedOneTimePasswordGenerator();
            byte[] key = new Base32().decode(twoFactorSecret);
            return String.format("%06d", totp.generateOneTimePassword(new SecretKeySpec(key, "RAW"), Instant.now()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        site.close();
        receiver.close();
    }

    private void fill() {
        var magazine = site.magazine();
        var accounts = magazine.accounts();
        magazine.settings().set(Setting.SITE_TAGLINE, "Independent writing on politics and the world, every day");
        User admin = accounts.createFirstAdmin("Ada Admin", ADMIN_EMAIL, PASSWORD, "");
        Actor ada = admin.asActor("");
        accounts.add(ada, "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        Actor con = accounts.add(ada, "Con Tributor", "con@example.org", Role.CONTRIBUTOR, PASSWORD).asActor("");
        Actor tess = accounts.add(ada, "Tess Code", TWO_FACTOR_EMAIL, Role.EDITOR, PASSWORD).asActor("");
        twoFactorSecret = accounts.startTwoFactor(tess, "Masthead").secret();
        accounts.enableTwoFactor(tess, twoFactorSecret, twoFactorCode());
        // A webhook told of every publication below (its receiver refuses the first), and a key for each kind.
        long webhook = magazine.webhooks().add(ada, "Newsletter tool", "post.published", receiver.url("/newsletter")).webhook().id();
        magazine.apiKeys().create(ada, org.masthead.apikey.ApiKey.Kind.CONTENT, "The print shop");
        magazine.apiKeys().create(ada, org.masthead.apikey.ApiKey.Kind.ADMIN, "Zapier");

        Image picture = magazine.media().upload(ada, "harbour-at-dusk.jpg", Pictures.jpeg(1600, 900), new ImageDetails(
                "Cranes over the container quay at dusk, two ships at berth", "The container quay at Tilbury, the evening the strike began.",
                CreditKind.PHOTO, "Maria Okafor", "https://photos.example/okafor", Licence.CC_BY_4_0));
        // Credited to a page of the magazine itself, as the demo's drawings are: a site address, not a web one.
        Image drawing = magazine.media().upload(ada, "estuary-map.png", Pictures.transparentPng(1200, 800), new ImageDetails(
                "A map of the Thames estuary with the container ports marked", "", CreditKind.ILLUSTRATION, "Ines Okafor",
                "/author/ines-okafor/", Licence.CC_BY_4_0));
        magazine.media().setFocalPoint(ada, drawing.id(), new org.masthead.media.FocalPoint(30, 40));
        Article harbour = magazine.workflow().write(ada, new DraftInput("The Dockers Who Stopped the Port", null,
                "Three days on the picket line at Tilbury, where a pay dispute became a question about automation.",
                BodyFormat.MARKDOWN, HARBOUR_FIRST_DRAFT, List.of("Ann Lee", "Bo Chen"), List.of("Shipping", "Labour"), null),
                accounts.bylineOf(ada));
        harbour = magazine.workflow().save(ada, harbour.id(), new DraftInput(harbour.title(), null, harbour.dek(),
                BodyFormat.MARKDOWN, HARBOUR_TEXT, List.of("Ann Lee", "Bo Chen"), List.of("Shipping", "Labour"), picture.id()),
                harbour.version());
        magazine.workflow().addNote(ada, harbour.id(), "Checked the figures with the union's office. Good to go.");
        harbour = magazine.workflow().publishNow(ada, harbour.id());
        // Featured, with its own title and description for search engines: the home page pins it, the editor shows both.
        magazine.workflow().saveThen(ada, harbour.id(), new DraftInput(harbour.title(), harbour.slug(), harbour.dek(),
                BodyFormat.MARKDOWN, HARBOUR_TEXT, List.of("Ann Lee", "Bo Chen"), List.of("Shipping", "Labour"), picture.id()),
                new org.masthead.article.Presentation(true, new org.masthead.article.Seo("Tilbury dockers on strike: three days on the picket line",
                        "How a pay dispute at Tilbury became a question about automation.", null)),
                harbour.version(), org.masthead.article.WorkflowService.Step.SAVE, null);
        harbour = magazine.articles().find(harbour.id());

        var annLee = magazine.authors().findBySlug("ann-lee");
        magazine.authors().describe(ada, annLee.id(), annLee.name(), "Ann Lee covers ports and shipping.",
                new org.masthead.author.AuthorProfile("ann@example.org", "https://annlee.example", "Tilbury", "@annlee", null, null));
        magazine.topics().describe(magazine.topics().findBySlug("shipping"), "Ports, ships and the people who work them.", null);

        Article about = magazine.workflow().writePage(ada, new DraftInput("About Us", null, "", BodyFormat.MARKDOWN,
                ABOUT_TEXT, List.of(), List.of(), null));
        magazine.workflow().publishNow(ada, about.id());
        // The header's sections and its About link, as a magazine that chose them has them.
        magazine.settings().set(Setting.SITE_SECTIONS, "Shipping\nLabour");
        magazine.settings().set(Setting.ABOUT_PAGE, about.slug());

        // Three more days of editions, so that the home page runs to a second page.
        for (int day = 3; day <= 5; day++) {
            anArticle().titled("Notes from the Estuary, Part " + (day - 2)).by("Ann Lee").about("Shipping")
                    .withBody("The tide came in at six.\n\nBy noon the quay was quiet again.")
                    .publishedOn(LocalDate.of(2018, 12, day)).in(magazine);
        }

        Article waiting = magazine.workflow().write(con, new DraftInput("Night Shift at the Depot", null, "", BodyFormat.MARKDOWN,
                "The *buses* come in after midnight.", List.of(), List.of(), null), accounts.bylineOf(con));
        magazine.workflow().submit(con, waiting.id());
        Article approved = magazine.workflow().write(con, new DraftInput("Morning Ferry", null, "", BodyFormat.MARKDOWN,
                "The first crossing leaves at six.", List.of(), List.of(), null), accounts.bylineOf(con));
        magazine.workflow().submit(con, approved.id());
        magazine.workflow().ready().mark(ada, approved.id());
        Article river = magazine.workflow().write(ada, new DraftInput("River Levels", null, "", BodyFormat.MARKDOWN,
                "The river rose a metre overnight.", List.of("Bo Chen"), List.of(), null), accounts.bylineOf(ada));
        magazine.workflow().write(ada, new DraftInput("Budget Night", null, "", BodyFormat.MARKDOWN,
                "What the budget means for the buses.", List.of("Ann Lee"), List.of(), null), accounts.bylineOf(ada));
        Edition planned = magazine.editionDesk().create(ada, new EditionSpan(LocalDate.of(2031, 1, 10),
                LocalDate.of(2031, 1, 12), "Weekend Edition"));
        magazine.editionDesk().add(ada, planned.id(), waiting.id());
        magazine.editionDesk().add(ada, planned.id(), river.id());

        receiver.await(4);
        magazine.webhooks().deliverDue();
        String resetPath = linkFromMail(() -> site.magazine().passwordResets().request("ed@example.org", "127.0.0.1"),
                "(/admin/password-reset/[A-Za-z0-9_-]+)");
        String subscriber = linkFromMail(() -> site.magazine().subscriptions().subscribe("reader@example.org", "127.0.0.1"),
                "token=([A-Za-z0-9_-]+)");
        magazine.search().awaitIndexed();

        long authorId = magazine.authors().findBySlug("patrick-cockburn").id();
        readerSees("the home page", "/");
        readerSees("the second page of the home page", "/page/2/");
        readerSees("an article with a lead picture and its credit", harbour.path());
        variants.add(new Visit("the reference article, credited without a picture",
                "/2017/09/18/isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat/", Who.READER, 200));
        readerSees("an article known only by its title", "/2018/11/12/short-term-health-insurance-plans-destroy-insurance-pools/");
        readerSees("a page", "/about-us/");
        readerSees("an author's page", "/author/patrick-cockburn/");
        readerSees("a topic's page", "/topic/shipping/");
        readerSees("a Weekend Edition", "/edition/2018-11-09/");
        readerSees("a year's archive", "/2018/");
        readerSees("a month's archive", "/2018/11/");
        readerSees("a day's archive", "/2018/11/12/");
        readerSees("a search with results", "/search?q=Nassiriya");
        variants.add(new Visit("a search with a corrected word", "/search?q=Nasiriya+bomb", Who.READER, 200));
        readerSees("a search that finds nothing", "/search?q=zeppelin");
        String shared = java.net.URLEncoder.encode(site.http().base()
                .resolve("/2017/09/18/isis-is-stepping-up-its-atrocities-to-compensate-for-its-defeat/").toString(),
                java.nio.charset.StandardCharsets.UTF_8);
        readerSees("the Mastodon share page", "/share/mastodon/?url=" + shared);
        variants.add(new Visit("the Mastodon share page with a server it cannot use", "/share/mastodon/?url=" + shared
                + "&instance=not+a+server", Who.READER, 400));
        readerSees("the subscribe page", "/subscribe/");
        readerSees("the page a newsletter confirmation link opens", "/subscribe/confirm/?token=" + subscriber);
        readerSees("a subscriber's page", "/newsletter/manage/?token=" + subscriber);
        publicPages.add(new Visit("a page that is not there", "/no-such-page/", Who.READER, 404));

        String editor = "/admin/articles/" + harbour.id();
        adminScreens.add(new Visit("the sign-in screen", "/admin/sign-in", Who.READER, 200));
        adminScreens.add(new Visit("the forgotten password screen", "/admin/password-reset", Who.READER, 200));
        adminScreens.add(new Visit("the new password screen", resetPath, Who.READER, 200));
        variants.add(new Visit("the new password screen of a spent link", "/admin/password-reset/spent-or-made-up", Who.READER, 200));
        adminScreens.add(new Visit("the one-time code screen", "/admin/sign-in/code", Who.AWAITING_CODE, 200));
        adminSees("the dashboard", "/admin/");
        adminSees("the article list", "/admin/articles/");
        variants.add(new Visit("the article list filtered", "/admin/articles/?status=published&author=Ann+Lee&words=dockers",
                Who.ADMIN, 200));
        adminSees("the editor of a new article", "/admin/articles/new");
        adminSees("the editor of a published article with a lead picture", editor);
        adminSees("the editor of an article waiting for review", "/admin/articles/" + waiting.id());
        adminSees("the editor of an article marked ready", "/admin/articles/" + approved.id());
        adminSees("the revisions of an article", editor + "/revisions");
        adminSees("two revisions compared", editor + "/revisions?compare=1,2");
        adminSees("the pages", "/admin/pages/");
        variants.add(new Visit("the editor of a new page", "/admin/pages/new", Who.ADMIN, 200));
        adminSees("the authors", "/admin/authors/");
        adminSees("an author", "/admin/authors/" + authorId);
        adminSees("the preview of a piece in review", "/admin/articles/" + waiting.id() + "/preview");
        adminSees("the editions", "/admin/editions/");
        adminSees("an edition being planned", "/admin/editions/" + planned.id());
        adminSees("the preview of an edition being planned", "/admin/editions/" + planned.id() + "/preview");
        adminSees("the media library", "/admin/media/");
        adminSees("the media library choosing a lead picture", "/admin/media/?for=" + waiting.id());
        adminSees("a picture credited to a page of the magazine", "/admin/media/" + drawing.id());
        adminSees("the settings", "/admin/settings/");
        adminSees("the people", "/admin/users/");
        adminSees("my account", "/admin/account/");
        adminSees("the integrations", "/admin/integrations/");
        adminSees("a webhook's delivery log", "/admin/integrations/webhooks/" + webhook);
        adminSees("the audit log", "/admin/audit/");
        adminSees("the newsletter's subscribers", "/admin/newsletter/");
        adminSees("the newsletter's send log", "/admin/newsletter/sends/");
        adminScreens.add(new Visit("a screen that is not there", "/admin/no-such-screen", Who.ADMIN, 404));
    }

    private void readerSees(String name, String path) {
        publicPages.add(new Visit(name, path, Who.READER, 200));
    }

    private void adminSees(String name, String path) {
        adminScreens.add(new Visit(name, path, Who.ADMIN, 200));
    }

    /** Asks for a mail (a password reset, a subscription) through a real (local) mail server; returns its link's group 1. */
    private String linkFromMail(Runnable ask, String link) {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            var settings = site.magazine().settings();
            settings.set(Setting.MAIL_HOST, "localhost");
            settings.set(Setting.MAIL_PORT, Integer.toString(smtp.getSmtp().getPort()));
            settings.set(Setting.MAIL_SECURITY, "none");
            settings.set(Setting.MAIL_FROM, "The Ledger <news@ledger.example>");
            ask.run();
            if (!smtp.waitForIncomingEmail(10_000, 1)) {
                throw new IllegalStateException("no mail arrived");
            }
            Matcher found = Pattern.compile(link).matcher(smtp.getReceivedMessages()[0].getContent().toString());
            if (!found.find()) {
                throw new IllegalStateException("the mail has no link");
            }
            return found.group(1);
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException("the mail cannot be read", e);
        } finally {
            smtp.stop();
        }
    }

    private static final String HARBOUR_FIRST_DRAFT = "The port was quiet on Monday.";

    private static final String HARBOUR_TEXT = """
            The port was quiet on Monday for the first time in forty years. At six in the morning, when the first \
            shift should have been climbing into the cranes, three hundred dockers stood at the gate of the container \
            quay at Tilbury instead, and the *Maersk Edinburgh* waited at berth with her holds full.

            ## What the strike is about

            On paper the dispute is about pay: the union asked for 9 per cent, the operator offered 4. On the picket \
            line, hardly anyone talks about money. They talk about the automated stacking cranes that arrived last \
            spring, and about what the **Port of London Authority** told the union in a letter in September:

            > Automation at the quay will proceed in step with the needs of the trade.

            "The needs of the trade," said Tom Hughes, who has driven a straddle carrier for twenty-two years. "We \
            know what that means."

            Three things the dockers want written into any agreement:

            1. no compulsory redundancies while the new cranes come in;
            2. training for every driver who wants to move to the control room;
            3. a review of the shift pattern, which has not changed since 1989.

            | Year | Containers handled | Dockers employed |
            |------|-------------------:|-----------------:|
            | 2008 | 1.2 million        | 1,140            |
            | 2018 | 1.9 million        | 870              |

            The operator says it is [ready to talk](https://example.org/statement) "at any time". The union says it \
            has heard that before.
            """;

    private static final String ABOUT_TEXT = """
            We are a small, independent magazine, written by people who report from where things happen and \
            edited by people who check what they write.

            ## Who pays for it

            Our readers. We carry no advertising and we share nothing about you with anyone: the share links under \
            each article are plain links, with no scripts behind them.

            Write to us at [letters@ledger.example](mailto:letters@ledger.example).
            """;
}
