package org.masthead.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.article.Article;
import org.masthead.article.ArticleDraft;
import org.masthead.article.ArticleStatus;
import org.masthead.article.Body;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.platform.Database;
import org.masthead.settings.Setting;
import org.masthead.support.AdminClient;
import org.masthead.support.MagazineExtension;
import org.masthead.support.MutableClock;

/** The mail that follows a piece's steps, sent to a real (local) mail server, on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class WorkflowMailTest {
    private final MutableClock clock = MutableClock.at("2026-12-07T09:00:00Z");
    @RegisterExtension
    final MagazineExtension ledger;
    private Actor con;

    WorkflowMailTest(Database.Kind kind) {
        ledger = MagazineExtension.on(kind, clock).served().withStaff();
    }

    @BeforeEach
    void signUpAContributor() {
        var accounts = ledger.magazine().accounts();
        Actor ada = accounts.all(Actor.system("test")).stream().filter(u -> u.role() == Role.ADMIN).findFirst().orElseThrow()
                .asActor("");
        con = accounts.add(ada, "Con Tributor", "con@example.org", Role.CONTRIBUTOR, MagazineExtension.PASSWORD).asActor("");
    }

    private Article submitted(String title) {
        var workflow = ledger.magazine().workflow();
        Article draft = workflow.write(con, new ArticleDraft(title, null, "", Body.markdown("Words of " + title), List.of(),
                List.of(), null), ledger.magazine().accounts().bylineOf(con));
        clock.advance(Duration.ofMinutes(1));
        return workflow.submit(con, draft.id());
    }

    private List<MimeMessage> sent() {
        ledger.magazine().workflowMail().drain();
        return List.of(ledger.mail().getReceivedMessages());
    }

    private void forgetSent() {
        sent();
        try {
            ledger.mail().purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_submitted_piece_is_mailed_once_to_each_editor_and_not_to_its_writer() {
        Article piece = submitted("Harbour Notes");

        List<MimeMessage> mail = sent();

        assertThat(mail).extracting(WorkflowMailTest::to).containsExactlyInAnyOrder("ada@example.org", "ed@example.org");
        assertThat(mail).extracting(WorkflowMailTest::subject).containsOnly("For review: Harbour Notes");
        assertThat(text(mail.getFirst())).contains("/admin/articles/" + piece.id()).contains("/admin/account/");
    }

    @Test
    void a_piece_sent_back_is_mailed_to_its_writer_with_the_note() {
        Article piece = submitted("Harbour Notes");
        forgetSent();

        ledger.magazine().workflow().sendBack(ledger.editor(), piece.id(), "Cut the second paragraph, please.");

        List<MimeMessage> mail = sent();
        assertThat(mail).extracting(WorkflowMailTest::to).containsExactly("con@example.org");
        assertThat(subject(mail.getFirst())).isEqualTo("Sent back to you: Harbour Notes");
        assertThat(text(mail.getFirst())).contains("Ed Itor wrote:").contains("Cut the second paragraph, please.")
                .contains("/admin/articles/" + piece.id());
    }

    @Test
    void a_published_piece_is_mailed_to_its_writer_with_its_public_link() {
        Article piece = submitted("Harbour Notes");
        forgetSent();

        Article out = ledger.magazine().workflow().publishNow(ledger.editor(), piece.id());

        List<MimeMessage> mail = sent();
        assertThat(mail).extracting(WorkflowMailTest::to).containsExactly("con@example.org");
        assertThat(subject(mail.getFirst())).isEqualTo("Published: Harbour Notes");
        String link = ledger.http().base().resolve(out.path()).toString();
        assertThat(text(mail.getFirst())).contains(link);
        assertThat(ledger.http().get(out.path()).status()).isEqualTo(200);
    }

    @Test
    void without_mail_set_up_the_steps_still_work_and_nothing_is_sent() {
        ledger.magazine().settings().set(Setting.MAIL_HOST, "");

        Article piece = submitted("Harbour Notes");
        ledger.magazine().workflow().sendBack(ledger.editor(), piece.id(), "Not yet.");
        ledger.magazine().workflow().submit(con, piece.id());
        Article out = ledger.magazine().workflow().publishNow(ledger.editor(), piece.id());

        assertThat(out.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(sent()).isEmpty();
    }

    @Test
    void a_mail_server_that_cannot_be_reached_fails_no_step() {
        ledger.magazine().settings().set(Setting.MAIL_PORT, "1");

        Article piece = submitted("Harbour Notes");
        Article out = ledger.magazine().workflow().publishNow(ledger.editor(), piece.id());

        assertThat(out.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(sent()).isEmpty();
    }

    @Test
    void someone_who_turns_the_mail_off_on_their_account_page_gets_none() {
        AdminClient ed = ledger.signedIn("ed@example.org");
        assertThat(ed.get("/admin/account/").html().selectFirst("#workflow-mail").hasAttr("checked")).isTrue();

        var turnedOff = ed.submit("/admin/account/", "/admin/account/workflow-mail", Map.of());

        assertThat(turnedOff.status()).isEqualTo(303);
        assertThat(ed.get("/admin/account/").html().selectFirst("#workflow-mail").hasAttr("checked")).isFalse();
        submitted("Harbour Notes");
        assertThat(sent()).extracting(WorkflowMailTest::to).containsExactly("ada@example.org");
    }

    @Test
    void nobody_is_mailed_about_their_own_step() {
        Article own = ledger.magazine().workflow().write(ledger.editor(), new ArticleDraft("Ed's Column", null, "",
                Body.markdown("Words."), List.of(), List.of(), null), ledger.magazine().accounts().bylineOf(ledger.editor()));

        ledger.magazine().workflow().submit(ledger.editor(), own.id());
        ledger.magazine().workflow().publishNow(ledger.editor(), own.id());

        assertThat(sent()).extracting(WorkflowMailTest::to).containsExactly("ada@example.org");
    }
}
