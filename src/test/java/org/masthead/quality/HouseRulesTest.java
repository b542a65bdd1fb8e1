package org.masthead.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Three rules of docs/ARCHITECTURE.md that a reviewer would otherwise have to remember, read from the sources (code
 * only, comments and strings left out): time comes from the one clock that {@code boot/} makes; a service never opens
 * its own store; tests wait for what they wait for instead of sleeping.
 */
class HouseRulesTest {
    private static final Path MAIN = Path.of("src/main/java/org/masthead");
    private static final Path TESTS = Path.of("src/test/java/org/masthead");
    private static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|ZonedDateTime|OffsetDateTime)\\.now\\(\\s*\\)|System\\.currentTimeMillis\\(");
    /** A service, desk or screen building one of the classes that run SQL over the database. */
    private static final Pattern STORE_BUILT = Pattern.compile(
            "\\bnew\\s+\\w*(Store|Throttle|Documents|Requests|FeedArticles)\\s*\\(");
    private static final Pattern SLEEP = Pattern.compile("\\bThread\\.sleep\\(");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

    @Test
    void no_class_but_the_composition_root_reads_the_system_clock() {
        Map<Path, String> found = offenders(sources(MAIN), SYSTEM_TIME);
        found.keySet().removeIf(file -> file.startsWith(Path.of("boot")));
        assertThat(found).isEmpty();
    }

    @Test
    void no_service_desk_or_screen_opens_a_store_of_its_own() {
        Map<Path, String> services = new TreeMap<>(sources(MAIN));
        services.keySet().removeIf(file -> !file.getFileName().toString().matches(".*(Service|Desk|Screens|Resets|Indexer)\\.java"));
        assertThat(services).as("the services are found").hasSizeGreaterThan(20);
        assertThat(offenders(services, STORE_BUILT)).isEmpty();
    }

    @Test
    void no_test_sleeps_only_the_benchmarks_wait_for_their_processes() {
        Map<Path, String> tests = new TreeMap<>(sources(TESTS));
        tests.keySet().removeIf(file -> file.startsWith(Path.of("bench")));
        assertThat(tests).as("the tests are found").hasSizeGreaterThan(100);
        assertThat(offenders(tests, SLEEP)).isEmpty();
    }

    @Test
    void each_rule_catches_code_and_lets_comments_and_strings_be() {
        var code = Map.of(Path.of("a/A.java"), "var now = Instant.now(); var s = new SqlArticleStore(db); Thread.sleep(5);");
        var prose = Map.of(Path.of("a/B.java"), "// Instant.now()\n/* new UserStore(db) */ String s = \"Thread.sleep(5)\";");

        for (Pattern rule : List.of(SYSTEM_TIME, STORE_BUILT, SLEEP)) {
            assertThat(offenders(code, rule)).as(rule.pattern()).containsOnlyKeys(Path.of("a/A.java"));
            assertThat(offenders(prose, rule)).as(rule.pattern()).isEmpty();
        }
    }

    /** The files whose code (not comments, not strings) matches, with the first match. */
    private static Map<Path, String> offenders(Map<Path, String> sources, Pattern rule) {
        Map<Path, String> found = new TreeMap<>();
        sources.forEach((file, text) -> {
            var match = rule.matcher(COMMENT_OR_STRING.matcher(text).replaceAll(" "));
            if (match.find()) {
                found.put(file, match.group());
            }
        });
        return found;
    }

    /** Every Java source under a root, by its path below {@code org/masthead/}. */
    private static Map<Path, String> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            Map<Path, String> read = new TreeMap<>();
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> read.put(root.relativize(file), read(file)));
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
