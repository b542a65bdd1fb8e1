package org.masthead.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;

@ParameterizedClass
@EnumSource(Database.Kind.class)
class DatabaseTest {
    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    @Test
    void a_new_database_is_migrated_and_empty() {
        try (Masthead magazine = Magazines.open(kind, dataDir)) {
            assertThat(magazine.database().kind()).isEqualTo(kind);
            int articles = magazine.database().read(h -> h.createQuery("SELECT COUNT(*) FROM articles").mapTo(Integer.class).one());
            assertThat(articles).isZero();
        }
    }

    @Test
    void sqlite_gathers_the_statistics_it_plans_queries_from_when_the_database_opens() {
        org.junit.jupiter.api.Assumptions.assumeTrue(kind == Database.Kind.SQLITE, "PostgreSQL keeps its own statistics");
        try (Masthead magazine = Magazines.open(kind, dataDir)) {
            for (int day = 1; day <= 20; day++) {
                LocalDate date = LocalDate.of(2018, 11, day);
                magazine.database().write(h -> h.createUpdate("INSERT INTO editions (starts_on, ends_on, created_at) VALUES (:d, :d, :t)")
                        .bind("d", date).bind("t", Instant.now()).execute());
            }
        }
        try (Masthead reopened = Magazines.open(kind, dataDir)) {
            int rows = reopened.database().read(h -> h.createQuery("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'editions'")
                    .mapTo(Integer.class).one());
            assertThat(rows).isPositive();
        }
    }

    @Test
    void dates_and_times_come_back_as_they_were_written() {
        try (Masthead magazine = Magazines.open(kind, dataDir)) {
            Instant at = Instant.parse("2018-11-09T06:30:15.123Z");
            LocalDate day = LocalDate.of(2018, 11, 9);
            Database db = magazine.database();
            db.write(h -> h.createUpdate("INSERT INTO editions (starts_on, ends_on, label, created_at) VALUES (:d, :d, NULL, :t)")
                    .bind("d", day).bind("t", at).execute());
            LocalDate readDay = db.read(h -> h.createQuery("SELECT starts_on FROM editions").mapTo(LocalDate.class).one());
            Instant readAt = db.read(h -> h.createQuery("SELECT created_at FROM editions").mapTo(Instant.class).one());
            assertThat(readDay).isEqualTo(day);
            assertThat(readAt).isEqualTo(at);
        }
    }

    @Test
    void the_database_itself_refuses_editions_that_share_a_day() {
        try (Masthead magazine = Magazines.open(kind, dataDir)) {
            Database db = magazine.database();
            String insert = "INSERT INTO editions (starts_on, ends_on, created_at) VALUES (:from, :to, :now)";
            db.write(h -> h.createUpdate(insert).bind("from", LocalDate.of(2018, 11, 9)).bind("to", LocalDate.of(2018, 11, 11))
                    .bind("now", Instant.now()).execute());

            assertThatThrownBy(() -> db.write(h -> h.createUpdate(insert).bind("from", LocalDate.of(2018, 11, 10))
                    .bind("to", LocalDate.of(2018, 11, 10)).bind("now", Instant.now()).execute()))
                    .hasMessageContaining("overlap");
        }
    }

    @Test
    void a_failed_write_leaves_nothing_behind() {
        try (Masthead magazine = Magazines.open(kind, dataDir)) {
            Database db = magazine.database();
            assertThatThrownBy(() -> db.inTransaction(() -> {
                db.write(h -> h.createUpdate("INSERT INTO settings (key, value) VALUES ('site.title', 'Kept?')").execute());
                throw new IllegalStateException("the second step fails");
            })).hasMessage("the second step fails");
            int settings = db.read(h -> h.createQuery("SELECT COUNT(*) FROM settings").mapTo(Integer.class).one());
            assertThat(settings).isZero();
        }
    }
}
