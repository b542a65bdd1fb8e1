package org.masthead.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.platform.Database;

class SettingsServiceTest {
    @TempDir
    Path dir;

    private Database db;
    private SettingsService settings;

    @BeforeEach
    void open() {
        db = Database.openSqlite(dir);
        settings = new SettingsService(db, SettingsStores.sql(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_settings_are_read_from_the_table_once_until_a_write() {
        assertThat(settings.all().get(Setting.SITE_TITLE)).isEqualTo(Setting.SITE_TITLE.defaultValue());
        // Another process (the command line beside a running server) writes the table: the copy held here is used
        // until told to read again, as the class says.
        try (Database other = Database.openSqlite(dir)) {
            other.write(h -> h.execute("INSERT INTO settings (key, value) VALUES ('site.title', 'Behind its back')"));
        }
        assertThat(settings.all().get(Setting.SITE_TITLE)).isEqualTo(Setting.SITE_TITLE.defaultValue());

        settings.reload();
        assertThat(settings.all().get(Setting.SITE_TITLE)).isEqualTo("Behind its back");
    }

    @Test
    void any_write_to_the_table_in_this_process_is_seen_at_once_by_every_reader() {
        assertThat(settings.mail().isConfigured()).isFalse();
        assertThat(settings.current().title()).isEqualTo(Setting.SITE_TITLE.defaultValue());

        // Written as a restore does, straight into the table in a transaction of its own.
        db.write(h -> h.execute("""
                INSERT INTO settings (key, value) VALUES ('mail.host', 'smtp.example.org'), ('mail.from', 'desk@example.org'),
                    ('site.title', 'The Ledger')"""));

        assertThat(settings.mail().isConfigured()).isTrue();
        assertThat(settings.current().title()).isEqualTo("The Ledger");
        settings.set(Setting.SITE_TITLE, "The Other Ledger");
        assertThat(settings.current().title()).isEqualTo("The Other Ledger");
    }
}
