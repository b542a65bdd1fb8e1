package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportOutcome.Result;
import org.masthead.importer.ImportProgress;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

/** Moving a magazine loses none of its newsletter's readers: an export restored keeps each with its status and links. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class SubscribersTransferTest {
    private static final String ROWS = """
            SELECT email, status, frequency, token, source, confirmed_at IS NOT NULL AS confirmed,
                   unsubscribed_at IS NOT NULL AS left_us, failures
            FROM subscribers ORDER BY email""";

    @Parameter
    Database.Kind kind;

    @TempDir
    Path temp;

    private static void add(Masthead magazine, String email, String status, String frequency, int failures) {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        magazine.database().write(h -> h.createUpdate("""
                INSERT INTO subscribers (email, status, frequency, token, source, created_at, confirmed_at, unsubscribed_at, failures)
                VALUES (:email, :status, :frequency, :token, 'form', :now, :confirmed, :left, :failures)""")
                .bind("email", email).bind("status", status).bind("frequency", frequency).bind("token", "token-of-" + email)
                .bind("now", now).bind("confirmed", status.equals("pending") ? null : now)
                .bind("left", status.equals("unsubscribed") ? now : null).bind("failures", failures).execute());
    }

    private static List<String> rows(Masthead magazine) {
        return magazine.database().read(h -> h.createQuery(ROWS).map((rs, ctx) -> String.join(" ", rs.getString("email"),
                rs.getString("status"), rs.getString("frequency"), rs.getString("token"), rs.getString("source"),
                Boolean.toString(rs.getBoolean("confirmed")), Boolean.toString(rs.getBoolean("left_us")),
                Integer.toString(rs.getInt("failures")))).list());
    }

    @Test
    void an_export_restored_elsewhere_keeps_every_subscriber_with_status_frequency_consent_and_token() {
        Path archive = temp.resolve("magazine.zip");
        List<String> before;
        try (Masthead source = Magazines.open(kind, temp.resolve("source"))) {
            add(source, "ann@example.org", "confirmed", "daily", 0);
            add(source, "bo@example.org", "confirmed", "weekly", 1);
            add(source, "cy@example.org", "pending", "daily", 0);
            add(source, "di@example.org", "unsubscribed", "daily", 0);
            add(source, "ed@example.org", "paused", "weekly", 3);
            before = rows(source);
            source.export().export(archive, false, MagazineExport.Progress.NONE);
        }
        try (Masthead target = Magazines.open(kind, temp.resolve("target"))) {
            var outcome = target.imports().restore(archive, ImportProgress.NONE);

            assertThat(rows(target)).hasSize(5).isEqualTo(before);
            assertThat(outcome.count(Item.SUBSCRIBER, Result.CREATED)).isEqualTo(5);
        }
    }
}
