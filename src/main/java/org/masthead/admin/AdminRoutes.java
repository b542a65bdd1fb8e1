package org.masthead.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.masthead.account.AccountService;
import org.masthead.account.SignInService;
import org.masthead.apikey.ApiKeyService;
import org.masthead.article.Article;
import org.masthead.article.ArticleHistory;
import org.masthead.article.ArticleLists;
import org.masthead.article.WorkflowService;
import org.masthead.audit.AuditLog;
import org.masthead.author.AuthorService;
import org.masthead.common.NotFound;
import org.masthead.edition.EditionRule;
import org.masthead.edition.EditionService;
import org.masthead.media.MediaService;
import org.masthead.account.PasswordResets;
import org.masthead.mail.Mailer;
import org.masthead.settings.SettingsService;
import org.masthead.newsletter.NewsletterDesk;
import org.masthead.newsroom.EditionDesk;
import org.masthead.platform.Templates;
import org.masthead.topic.TopicSuggestions;
import org.masthead.webhook.WebhookService;

/**
 * The editors' screens under {@code /admin/}: the route table. Every route is behind {@link AdminGate};
 * handlers parse the form, call one service method, and render or redirect (POST, then redirect, then GET).
 */
public final class AdminRoutes {
    private final AdminGate gate;
    private final SignInScreens signInScreens;
    private final AccountScreens accountScreens;
    private final PeopleScreens peopleScreens;
    private final ArticleScreens articleScreens;
    private final ArticleListScreens articleListScreens;
    private final EditionScreens editionScreens;
    private final MediaScreens mediaScreens;
    private final InlinePictures inlinePictures;
    private final SettingsScreens settingsScreens;
    private final PasswordResetScreens resetScreens;
    private final AuthorScreens authorScreens;
    private final IntegrationScreens integrationScreens;
    private final NewsletterScreens newsletterScreens;
    private final AdminScreens screens;
    private final DashboardScreen dashboardScreen;

    /**
     * What every screen stands on: who is signed in, the page around each screen, and the magazine's time;
     * {@code assets} gives a static file's versioned address ({@code admin.css}, {@code admin.js}…).
     */
    public record Frame(AccountService accounts, SignInService signIn, Templates templates, Supplier<String> siteTitle,
            URI publicUrl, java.util.function.UnaryOperator<String> assets, ZoneId zone, Clock clock) {}

    /** What the screens of the magazine's content need: articles and pages, authors, pictures, editions. */
    public record Content(WorkflowService workflow, ArticleHistory history, ArticleLists lists, AuthorService authors,
            MediaService media, TopicSuggestions topicSuggestions, BiFunction<Article, LocalDate, byte[]> preview,
            EditionService editions, EditionDesk editionDesk, Supplier<EditionRule> editionRule, EditionPreview editionPreview,
            org.masthead.newsroom.Dashboard dashboard) {}

    /** What the office's screens need: people and the audit log, settings and mail, password resets. */
    public record Office(AuditLog audit, SettingsService settings, Mailer mailer, PasswordResets passwordResets) {}

    /** What the screens of the magazine's ties outside need: API keys, webhooks, the newsletter. */
    public record Integrations(ApiKeyService apiKeys, WebhookService webhooks, NewsletterDesk newsletter) {}

    /** Renders the home page with an edition on top, as it will go out. */
    public interface EditionPreview {
        byte[] render(org.masthead.edition.Edition edition, java.util.List<org.masthead.article.ArticleListItem> lineup,
                String articlePreviewPath);
    }

    public AdminRoutes(Frame frame, Content content, Office office, Integrations integrations) {
        ZoneId zone = frame.zone();
        this.gate = new AdminGate(frame.signIn(), frame.accounts(), frame.publicUrl());
        this.screens = new AdminScreens(frame.templates(), gate, frame.siteTitle(), frame.assets().apply("admin.css"),
                frame.assets().apply("admin.js"));
        this.signInScreens = new SignInScreens(frame.accounts(), frame.signIn(), gate, screens);
        this.accountScreens = new AccountScreens(frame.accounts(), frame.signIn(), gate, screens, frame.siteTitle());
        this.peopleScreens = new PeopleScreens(frame.accounts(), office.audit(), screens);
        this.articleScreens = new ArticleScreens(content.workflow(), content.history(), frame.accounts(), screens, zone,
                content.topicSuggestions(), new LeadPictures(content.media()), frame.assets().apply("editor.js"));
        this.articleListScreens = new ArticleListScreens(content.workflow(), content.history(), content.lists(), content.authors(),
                content.editions(), screens, zone, frame.clock(), content.preview());
        this.editionScreens = new EditionScreens(content.editionDesk(), screens, zone, frame.clock(), content.editionRule(),
                content.editionPreview(), frame.assets().apply("edition-builder.js"));
        this.mediaScreens = new MediaScreens(content.media(), content.workflow(), screens);
        this.inlinePictures = new InlinePictures(content.media());
        this.settingsScreens = new SettingsScreens(office.settings(), frame.accounts(), office.audit(), office.mailer(), screens);
        this.resetScreens = new PasswordResetScreens(office.passwordResets(), screens);
        this.authorScreens = new AuthorScreens(content.authors(), screens);
        this.integrationScreens = new IntegrationScreens(integrations.apiKeys(), integrations.webhooks(), screens, zone);
        this.newsletterScreens = new NewsletterScreens(integrations.newsletter(), screens, zone);
        this.dashboardScreen = new DashboardScreen(content.lists(), content.dashboard(), screens, zone, frame.clock());
    }

    /** The error page for an address under /admin/, in the newsroom's own look. */
    public byte[] errorPage(int status, String errorId, String message) {
        return screens.errorPage(status, errorId, message);
    }

    public static boolean isAdminPath(String path) {
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    public void register(RoutesConfig routes) {
        routes.before("/admin", gate::check);
        routes.before("/admin/*", gate::check);
        routes.get("/admin/", dashboardScreen::show);
        routes.get("/admin/first-run", signInScreens::firstRunForm);
        routes.post("/admin/first-run", signInScreens::createFirstAdmin);
        routes.get("/admin/sign-in", signInScreens::signInForm);
        routes.post("/admin/sign-in", signInScreens::signIn);
        routes.get("/admin/sign-in/code", signInScreens::codeForm);
        routes.post("/admin/sign-in/code", signInScreens::code);
        routes.post("/admin/sign-out", signInScreens::signOut);
        routes.get("/admin/password-reset", resetScreens::requestForm);
        routes.post("/admin/password-reset", resetScreens::request);
        routes.get("/admin/password-reset/{token}", resetScreens::resetForm);
        routes.post("/admin/password-reset/{token}", resetScreens::reset);
        routes.get("/admin/settings", settingsScreens::show);
        routes.post("/admin/settings", settingsScreens::save);
        routes.post("/admin/settings/test-mail", settingsScreens::testMail);
        routes.get("/admin/integrations", integrationScreens::show);
        routes.post("/admin/integrations/keys", integrationScreens::createKey);
        routes.post("/admin/integrations/keys/{id}/revoke", integrationScreens::revokeKey);
        routes.post("/admin/integrations/webhooks", integrationScreens::addWebhook);
        routes.get("/admin/integrations/webhooks/{id}", integrationScreens::deliveries);
        routes.post("/admin/integrations/webhooks/{id}/test", integrationScreens::testWebhook);
        routes.post("/admin/integrations/webhooks/{id}/secret", integrationScreens::showSecret);
        routes.post("/admin/integrations/webhooks/{id}/remove", integrationScreens::removeWebhook);
        newsletterScreens.register(routes);
        routes.get("/admin/account", accountScreens::show);
        routes.get("/admin/account/two-factor", accountScreens::show);
        routes.post("/admin/account/password", accountScreens::changePassword);
        routes.post("/admin/account/two-factor", accountScreens::enableTwoFactor);
        routes.post("/admin/account/two-factor/off", accountScreens::disableTwoFactor);
        routes.post("/admin/account/sign-out-everywhere", accountScreens::signOutEverywhere);
        routes.post("/admin/account/workflow-mail", accountScreens::setWorkflowMail);
        routes.get("/admin/users", peopleScreens::list);
        routes.post("/admin/users", peopleScreens::add);
        routes.post("/admin/users/{id}", peopleScreens::change);
        routes.get("/admin/audit", peopleScreens::auditLog);
        routes.get("/admin/articles", articleListScreens::list);
        routes.get("/admin/articles/new", articleScreens::blank);
        routes.post("/admin/articles", articleScreens::create);
        routes.get("/admin/articles/{id}", articleScreens::edit);
        routes.post("/admin/articles/{id}", articleScreens::save);
        routes.get("/admin/articles/{id}/preview", articleListScreens::preview);
        routes.get("/admin/articles/{id}/revisions", articleListScreens::revisions);
        routes.post("/admin/articles/{id}/revisions", articleListScreens::restore);
        routes.post("/admin/articles/{id}/lead-image", mediaScreens::useAsLead);
        routes.post("/admin/articles/{id}/autosave", articleScreens::autosave);
        routes.post("/admin/articles/{id}/{step}", articleScreens::step);
        routes.post("/admin/preview", articleScreens::livePreview);
        routes.get("/admin/pages", articleListScreens::pages);
        routes.get("/admin/pages/new", articleScreens::blankPage);
        routes.post("/admin/pages", articleScreens::createPage);
        routes.get("/admin/authors", authorScreens::list);
        routes.get("/admin/authors/{id}", authorScreens::edit);
        routes.post("/admin/authors/{id}", authorScreens::save);
        routes.get("/admin/media", mediaScreens::library);
        routes.post("/admin/media", mediaScreens::upload);
        routes.get("/admin/media/inline", inlinePictures::list);
        routes.post("/admin/media/inline", inlinePictures::upload);
        routes.get("/admin/media/{id}", mediaScreens::edit);
        routes.post("/admin/media/{id}", mediaScreens::describe);
        routes.post("/admin/media/{id}/focus", mediaScreens::focus);
        routes.get("/admin/editions", editionScreens::list);
        routes.post("/admin/editions", editionScreens::create);
        routes.get("/admin/editions/{id}", editionScreens::plan);
        routes.get("/admin/editions/{id}/preview", editionScreens::preview);
        routes.post("/admin/editions/{id}/order", editionScreens::order);
        routes.post("/admin/editions/{id}/{step}", editionScreens::change);
    }

    /** A numeric id from the address; anything else names nothing. */
    static long id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[1-9]\\d{0,17}")) {
            throw new NotFound("no such id: " + id);
        }
        return Long.parseLong(id);
    }
}
