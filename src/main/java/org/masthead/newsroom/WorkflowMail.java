package org.masthead.newsroom;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.masthead.account.AccountService;
import org.masthead.account.User;
import org.masthead.article.Article;
import org.masthead.article.ArticleDesk;
import org.masthead.article.Note;
import org.masthead.article.WorkflowService;
import org.masthead.article.WorkflowStepped;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.mail.MailSettings;
import org.masthead.mail.Mailer;
import org.masthead.mail.Message;
import org.masthead.mail.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the newsroom by email when a piece takes a step: its editors when it is submitted for review, its writers when
 * it is sent back (with the note) and when it is published (with its address). It follows {@link WorkflowStepped}
 * after the step commits and sends from a queue of its own, so a slow or missing mail server never holds up or undoes
 * a step; with no mail server set up, nothing is sent. Nobody is told of their own step, nor anyone who turned it off.
 */
public final class WorkflowMail implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WorkflowMail.class);
    private static final Actor READER = Actor.system("workflow mail");

    private final AccountService accounts;
    private final WorkflowService workflow;
    private final Mailer mailer;
    private final Supplier<MailSettings> mail;
    private final Supplier<String> siteTitle;
    private final Supplier<URI> publicUrl;
    private final Outbox outbox = new Outbox("workflow-mail");

    public WorkflowMail(AccountService accounts, WorkflowService workflow, Mailer mailer, Supplier<MailSettings> mail,
            Supplier<String> siteTitle, Supplier<URI> publicUrl) {
        this.accounts = accounts;
        this.workflow = workflow;
        this.mailer = mailer;
        this.mail = mail;
        this.siteTitle = siteTitle;
        this.publicUrl = publicUrl;
    }

    /** Queues the mail a step calls for, if any and if mail is set up; never throws. */
    public void stepped(WorkflowStepped step) {
        if (!List.of("article.submitted", "article.sent_back", "article.published").contains(step.action())
                || !mail.get().isConfigured()) {
            return;
        }
        try {
            outbox.later(() -> send(step));
        } catch (RejectedExecutionException closing) {
            log.info("No mail about article {}: the magazine is shutting down", step.articleId());
        }
    }

    private void send(WorkflowStepped step) {
        try {
            ArticleDesk desk = workflow.open(READER, step.articleId());
            Article article = desk.article();
            List<User> told = accounts.wantingWorkflowMail().stream()
                    .filter(user -> !Objects.equals(user.id(), step.byUserId()))
                    .filter(user -> step.action().equals("article.submitted") ? user.role().atLeast(Role.EDITOR) : writes(user, article))
                    .toList();
            for (User user : told) {
                Message message = switch (step.action()) {
                    case "article.submitted" -> submitted(user, article);
                    case "article.sent_back" -> sentBack(user, article, desk.notes());
                    default -> published(user, article);
                };
                try {
                    mailer.send(mail.get(), message);
                } catch (RuntimeException e) {
                    log.warn("Mail about article {} to user {} could not be sent: {}", article.id(), user.id(), e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Mail about article {} could not be made: {}", step.articleId(), e.getMessage());
        }
    }

    private static boolean writes(User user, Article article) {
        return Objects.equals(article.createdBy(), user.id())
                || (user.authorId() != null && article.authorIds().contains(user.authorId()));
    }

    private Message submitted(User editor, Article article) {
        return Message.plain(editor.email(), "For review: " + article.title(), "Hello " + editor.name() + ",\n\n“"
                + article.title() + "” is waiting for review:\n\n" + adminLink(article) + footer());
    }

    private Message sentBack(User writer, Article article, List<Note> notes) {
        String note = notes.isEmpty() ? "" : "\n\n" + notes.getLast().writtenBy() + " wrote:\n\n" + notes.getLast().body().indent(2)
                .stripTrailing();
        return Message.plain(writer.email(), "Sent back to you: " + article.title(), "Hello " + writer.name() + ",\n\n“"
                + article.title() + "” was sent back to you as a draft." + note + "\n\nOpen it here:\n\n" + adminLink(article)
                + footer());
    }

    private Message published(User writer, Article article) {
        return Message.plain(writer.email(), "Published: " + article.title(), "Hello " + writer.name() + ",\n\n“"
                + article.title() + "” is published. Readers find it here:\n\n" + publicUrl.get() + article.path() + footer());
    }

    private String adminLink(Article article) {
        return publicUrl.get() + "/admin/articles/" + article.id();
    }

    private String footer() {
        return "\n\n-- \n" + siteTitle.get() + ". You can turn these emails off on your account page: " + publicUrl.get()
                + "/admin/account/\n";
    }

    /** Waits until the mail queued so far is sent (for tests). */
    public void drain() {
        outbox.drain();
    }

    @Override
    public void close() {
        outbox.close();
    }
}
