package org.masthead.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.account.User;
import org.masthead.article.Article;
import org.masthead.article.BodyFormat;
import org.masthead.article.DraftInput;
import org.masthead.author.AuthorProfile;
import org.masthead.edition.Edition;
import org.masthead.edition.EditionSpan;
import org.masthead.media.CreditKind;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.boot.Masthead;
import org.masthead.settings.Setting;
import org.masthead.support.Pictures;
import org.masthead.support.ReferencePage;

/**
 * Fills a new magazine with one of everything an export carries: the demo magazine (a Weekend Edition, drawn
 * pictures), the reference page imported (import keys, pieces known only by their titles), people (one with
 * two-factor sign-in required), an uploaded picture with its copies, an attachment, a piece with revisions, an
 * editor's note and a changed address (a redirect), a static page, a scheduled piece and a scheduled edition,
 * a topic with a description and a parent, a writer's profile with a picture, settings and the mail password.
 */
final class FullMagazine {
    static final String ADMIN = "ada@example.org";
    static final String PASSWORD = "correct horse battery";
    static final String MAIL_PASSWORD = "smtp-secret-7Qx9vLm2";
    static final String HARBOUR_PATH_BEFORE = "/the-dockers-who-stopped-the-port/";

    /** What a test looks at afterwards. */
    record Filled(long harbourId, String harbourPath, long attachmentId) {}

    private FullMagazine() {}

    /** A one-time code valid now, as an authenticator app would show it. */
    private static String code(String secret) {
        try {
            byte[] key = new org.apache.commons.codec.binary.Base32().decode(secret);
            return String.format("%06d", new com.eatthepath.otp.TimeBasedOneTimePasswordGenerator()
                    .generateOneTimePassword(new javax.crypto.spec.SecretKeySpec(key, "RAW"), Instant.now()));
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static Filled fill(Masthead magazine) {
        magazine.seedDemoOnFirstServe(true);
        magazine.imports().importFile(ReferencePage.path(), LocalDate.parse(ReferencePage.PUBLISHED));
        magazine.settings().set(Setting.SITE_TAGLINE, "Independent writing, every day");
        magazine.settings().set(Setting.MAIL_HOST, "smtp.example.org");
        magazine.settings().set(Setting.MAIL_USER, "ledger");
        magazine.settings().set(Setting.MAIL_PASSWORD, MAIL_PASSWORD);

        var accounts = magazine.accounts();
        User admin = accounts.createFirstAdmin("Ada Admin", ADMIN, PASSWORD, "");
        Actor ada = admin.asActor("");
        User editor = accounts.add(ada, "Ed Itor", "ed@example.org", Role.EDITOR, PASSWORD);
        accounts.requireTwoFactor(ada, editor.id(), true);
        Actor ed = editor.asActor("");
        String secret = accounts.startTwoFactor(ed, "Masthead").secret();
        accounts.enableTwoFactor(ed, secret, code(secret));

        Image picture = magazine.media().upload(ada, "harbour-at-dusk.jpg", Pictures.jpeg(1600, 900), new ImageDetails(
                "Cranes over the container quay at dusk", "The container quay at Tilbury, the evening the strike began.",
                CreditKind.PHOTO, "Maria Okafor", "https://photos.example/okafor", Licence.CC_BY_4_0));
        long attachment = magazine.media().addAttachment("strike-ballot.pdf", "%PDF-1.4 the ballot result\n".getBytes(),
                null, "The ballot result", "application/pdf").id();

        List<String> byline = List.of("Ann Lee", "Bo Chen");
        Article harbour = magazine.workflow().write(ada, new DraftInput("The Dockers Who Stopped the Port", null,
                "Three days on the picket line at Tilbury.", BodyFormat.MARKDOWN,
                "The cranes stood *still* on Monday.\n\nBy Wednesday the union had its answer.", byline,
                List.of("Shipping", "Labour"), null), accounts.bylineOf(ada));
        harbour = magazine.workflow().save(ada, harbour.id(), new DraftInput(harbour.title(), null, harbour.dek(),
                BodyFormat.MARKDOWN, "The cranes stood *still* on Monday, and the **ships** waited.\n\n"
                        + "By Wednesday the union had its answer: [the ballot](https://union.example/ballot).",
                byline, List.of("Shipping", "Labour"), picture.id()), harbour.version());
        magazine.workflow().addNote(ada, harbour.id(), "Checked the figures with the union's office.");
        harbour = magazine.workflow().publishNow(ada, harbour.id());
        // A new slug for a published piece: its old address answers with a 301 from now on.
        harbour = magazine.workflow().save(ada, harbour.id(), new DraftInput(harbour.title(), "dockers-stop-the-port",
                harbour.dek(), BodyFormat.MARKDOWN, harbour.body().source(), byline, List.of("Shipping", "Labour"),
                picture.id()), harbour.version());

        var shipping = magazine.topics().findBySlug("shipping");
        var world = magazine.topics().findOrCreate("World");
        magazine.topics().describe(shipping, "Ports, ships and the people who work them.", world.id());
        var ann = magazine.authors().findBySlug("ann-lee");
        magazine.authors().setProfile(ann, new AuthorProfile("ann@example.org", "https://ann.example", "Leeds",
                "annlee", null, picture.id()));

        Article about = magazine.workflow().writePage(ada, new DraftInput("About Us", null, "", BodyFormat.MARKDOWN,
                "We are a small magazine.", List.of(), List.of(), null));
        magazine.workflow().publishNow(ada, about.id());

        Article later = magazine.workflow().write(ada, new DraftInput("River Levels", null, "", BodyFormat.MARKDOWN,
                "The river rose a metre overnight.", List.of("Bo Chen"), List.of(), null), accounts.bylineOf(ada));
        magazine.workflow().schedule(ada, later.id(), Instant.parse("2090-03-01T06:00:00Z"));
        Article lineup = magazine.workflow().write(ada, new DraftInput("Budget Night", null, "", BodyFormat.MARKDOWN,
                "What the budget means for the buses.", List.of("Ann Lee"), List.of(), null), accounts.bylineOf(ada));
        Edition planned = magazine.editionDesk().create(ada, new EditionSpan(LocalDate.of(2090, 1, 10),
                LocalDate.of(2090, 1, 12), "Weekend Edition"));
        magazine.editionDesk().add(ada, planned.id(), lineup.id());
        magazine.editionDesk().schedule(ada, planned.id(), Instant.parse("2090-01-10T05:00:00Z"));
        return new Filled(harbour.id(), harbour.path(), attachment);
    }
}
