package org.masthead.transfer;

import static org.masthead.transfer.Column.added;
import static org.masthead.transfer.Column.addedHtml;
import static org.masthead.transfer.Column.html;
import static org.masthead.transfer.Column.later;
import static org.masthead.transfer.Column.of;
import static org.masthead.transfer.Column.optional;
import static org.masthead.transfer.Column.secret;
import static org.masthead.transfer.ColumnType.BOOLEAN;
import static org.masthead.transfer.ColumnType.DATE;
import static org.masthead.transfer.ColumnType.INTEGER;
import static org.masthead.transfer.ColumnType.TEXT;
import static org.masthead.transfer.ColumnType.TIME;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.masthead.account.User;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.markup.Markup;
import org.masthead.search.RebuildRequests;
import org.masthead.settings.Setting;

/**
 * The tables an archive holds, in the order a restore writes them (each row refers only to rows of the tables
 * before it, or to a column written {@link Column.Handling#LATER}), and every column of each. This list is the
 * format: docs/EXPORT.md describes it, and a table added to the magazine is added here as one more entry.
 *
 * <p>Left out, on purpose: sessions, password resets and sign-in failures (they belong to one server's running
 * life, and a session token is a way in); API keys (a content key is itself the credential, an admin key's secret
 * signs tokens: programs are given new keys after a restore); webhooks, for the same reason (a receiver checks
 * every delivery against the webhook's secret), with their delivery log and announcements, which belong to the
 * server that sent them; the newsletter's sends and deliveries (the history of one server's sending: a restored
 * magazine sends its next edition to its subscribers afresh) and the subscribe form's throttle; Flyway's own history
 * (each database has its own).
 */
final class ArchiveTables {
    private ArchiveTables() {}

    static final List<Table> ALL = List.of(
            table("authors", Item.AUTHOR, of("id", INTEGER), of("slug", TEXT), of("name", TEXT), of("bio_source", TEXT),
                    html("bio_html", Markup::htmlShort), of("created_at", TIME), of("updated_at", TIME),
                    optional("email", TEXT), optional("website", TEXT), of("location", TEXT), optional("twitter", TEXT),
                    optional("facebook", TEXT), later("profile_image_id", INTEGER)),
            table("users", Item.PERSON, of("id", INTEGER), of("email", TEXT), of("name", TEXT), of("role", TEXT),
                    secret("password_hash", TEXT, User.NO_PASSWORD), optional("author_id", INTEGER),
                    secret("totp_secret", TEXT, null), secret("totp_last_step", INTEGER, null),
                    of("totp_required", BOOLEAN), of("disabled", BOOLEAN), of("created_at", TIME), of("updated_at", TIME),
                    added("workflow_mail", BOOLEAN, true)),
            table("images", Item.IMAGE, of("id", INTEGER), optional("file_name", TEXT), optional("source_url", TEXT),
                    of("alt", TEXT), of("caption", TEXT), of("credit_kind", TEXT), of("credit_name", TEXT),
                    optional("credit_url", TEXT), of("licence", TEXT), optional("width", INTEGER), optional("height", INTEGER),
                    of("created_at", TIME), of("original_name", TEXT), of("media_type", TEXT), of("byte_size", INTEGER),
                    of("variants", TEXT), optional("uploaded_by", INTEGER), added("focal_x", INTEGER),
                    added("focal_y", INTEGER), added("webp", BOOLEAN, false)),
            table("attachments", Item.ATTACHMENT, of("id", INTEGER), optional("file_name", TEXT), optional("source_url", TEXT),
                    of("title", TEXT), of("media_type", TEXT), of("byte_size", INTEGER), of("created_at", TIME)),
            table("topics", Item.TOPIC, of("id", INTEGER), of("slug", TEXT), of("name", TEXT), of("description", TEXT),
                    later("parent_id", INTEGER)),
            table("editions", Item.EDITION, of("id", INTEGER), of("starts_on", DATE), of("ends_on", DATE),
                    optional("label", TEXT), of("created_at", TIME), of("status", TEXT), optional("scheduled_at", TIME)),
            new Table("articles", List.of(of("id", INTEGER), of("slug", TEXT), of("title", TEXT), of("dek", TEXT),
                    of("body_format", TEXT), of("body_source", TEXT), html("body_html", Markup::htmlBody),
                    optional("lead_image_id", INTEGER), of("status", TEXT), optional("published_at", TIME),
                    optional("published_on", DATE), optional("edition_id", INTEGER), optional("lineup_position", INTEGER),
                    of("created_at", TIME), of("updated_at", TIME), of("version", INTEGER), of("kind", TEXT),
                    optional("created_by", INTEGER), optional("scheduled_at", TIME), of("featured", BOOLEAN),
                    of("meta_title", TEXT), of("meta_description", TEXT), optional("canonical_url", TEXT),
                    addedHtml("title_html", Markup::titleHtml), added("api_id", TEXT), added("og_title", TEXT, ""),
                    added("og_description", TEXT, ""), added("x_title", TEXT, ""), added("x_description", TEXT, ""),
                    added("ready_at", TIME), added("ready_by", TEXT)),
                    List.of("id"), ArchiveTables::articleOrPage, true, false, Set.of()),
            link("article_authors", "author_id", Item.BYLINE),
            link("article_topics", "topic_id", Item.FILING),
            table("article_revisions", Item.REVISION, of("id", INTEGER), of("article_id", INTEGER), of("number", INTEGER),
                    of("title", TEXT), of("slug", TEXT), of("dek", TEXT), of("body_format", TEXT), of("body_source", TEXT),
                    optional("lead_image_id", INTEGER), of("author_ids", TEXT), of("topic_ids", TEXT), of("saved_by", TEXT),
                    of("saved_at", TIME)),
            table("article_notes", Item.NOTE, of("id", INTEGER), of("article_id", INTEGER), optional("user_id", INTEGER),
                    of("written_by", TEXT), of("body", TEXT), of("created_at", TIME)),
            new Table("redirects", List.of(of("path", TEXT), of("article_id", INTEGER), of("created_at", TIME)),
                    List.of("path"), (table, row) -> Item.REDIRECT, false, false, Set.of()),
            new Table("settings", List.of(of("key", TEXT), of("value", TEXT)), List.of("key"), (table, row) -> Item.SETTING,
                    false, false, excludedSettings()),
            new Table("import_keys", List.of(of("source", TEXT), of("source_key", TEXT), of("entity", TEXT),
                    of("entity_id", INTEGER), of("fingerprint", TEXT)),
                    List.of("source", "source_key"), (table, row) -> Item.IMPORT_KEY, false, false, Set.of()),
            new Table("audit_log", List.of(of("id", INTEGER), of("at", TIME), optional("user_id", INTEGER), of("actor", TEXT),
                    of("action", TEXT), of("subject_type", TEXT), optional("subject_id", INTEGER), of("detail", TEXT),
                    of("address", TEXT)), List.of("id"), (table, row) -> Item.AUDIT_ENTRY, true, true, Set.of()),
            // Every reader who asked, with their consent (source, times) and their token, which the links in every mail
            // already sent carry: a moved magazine keeps its readers, and their unsubscribe links keep working.
            table("subscribers", Item.SUBSCRIBER, of("id", INTEGER), of("email", TEXT), of("status", TEXT),
                    of("frequency", TEXT), of("token", TEXT), of("source", TEXT), of("created_at", TIME),
                    optional("confirmed_at", TIME), optional("unsubscribed_at", TIME), of("failures", INTEGER)));

    static Optional<Table> named(String name) {
        return ALL.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /** A table keyed by a generated id. */
    private static Table table(String name, Item item, Column... columns) {
        return new Table(name, Arrays.asList(columns), List.of("id"), (table, row) -> item, true, false, Set.of());
    }

    /** A link between an article and the rows it lists in order (its byline, its topics). */
    private static Table link(String name, String other, Item item) {
        return new Table(name, List.of(of("article_id", INTEGER), of(other, INTEGER), of("position", INTEGER)),
                List.of("article_id", other), (table, row) -> item, false, false, Set.of());
    }

    private static Item articleOrPage(Table articles, Object[] row) {
        return "page".equals(row[articles.indexOf("kind")]) ? Item.PAGE : Item.ARTICLE;
    }

    /** Settings that are secrets (the mail password), and the notes each server keeps: its search index's, its restore's. */
    private static Set<String> excludedSettings() {
        Set<String> secrets = Arrays.stream(Setting.values()).filter(Setting::isSecret).map(Setting::key)
                .collect(Collectors.toSet());
        secrets.add(RebuildRequests.KEY);
        secrets.add(org.masthead.settings.SettingsService.RESTORED_AT);
        return secrets;
    }
}
