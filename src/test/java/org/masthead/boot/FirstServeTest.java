package org.masthead.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.support.Magazines;
import org.masthead.support.ReferencePage;

/** When `serve` adds the demo magazine: on the first serve of an empty magazine, and never again. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class FirstServeTest {
    @Parameter
    Database.Kind kind;

    @TempDir
    Path dataDir;

    @Test
    void an_admin_added_from_the_command_line_first_still_gets_the_demo() {
        Config config = Magazines.config(kind, dataDir);
        try (Masthead magazine = Masthead.open(config)) {
            magazine.accounts().add(Actor.system("command line"), "Ada", "ada@example.org", Role.ADMIN, "correct horse battery");
        }
        try (Masthead magazine = Masthead.open(config)) {
            assertThat(magazine.seedDemoOnFirstServe(true)).isTrue();
            assertThat(magazine.articles().countPublished()).as("twelve articles, an About page and a Donate page").isEqualTo(14);
            assertThat(magazine.accounts().needsFirstAdmin()).isFalse();
        }
    }

    @Test
    void a_magazine_first_served_empty_stays_empty() {
        Config config = Magazines.config(kind, dataDir);
        try (Masthead magazine = Masthead.open(config)) {
            assertThat(magazine.seedDemoOnFirstServe(false)).isFalse();
        }
        try (Masthead magazine = Masthead.open(config)) {
            assertThat(magazine.seedDemoOnFirstServe(true)).isFalse();
            assertThat(magazine.articles().countPublished()).isZero();
        }
    }

    @Test
    void a_magazine_that_imported_before_its_first_serve_gets_no_demo() {
        Config config = Magazines.config(kind, dataDir);
        try (Masthead magazine = Masthead.open(config)) {
            magazine.imports().importFile(ReferencePage.path(), LocalDate.parse(ReferencePage.PUBLISHED));
        }
        try (Masthead magazine = Masthead.open(config)) {
            int before = magazine.articles().countPublished();
            assertThat(magazine.seedDemoOnFirstServe(true)).isFalse();
            assertThat(magazine.articles().countPublished()).isEqualTo(before);
        }
    }
}
