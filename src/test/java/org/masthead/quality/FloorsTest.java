package org.masthead.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No import runs from a lower floor to a higher one (STYLE.md, rule 4), read from the main sources. From the bottom:
 * the ground floor ({@code platform/}, {@code common/}); the features; the channels that deliver them ({@code site/},
 * {@code admin/}, {@code api/}); the composition root ({@code boot/}), which builds them all; and {@code cli/}, which
 * starts it. Packages on one floor may use each other. A fully qualified name counts as an import.
 */
class FloorsTest {
    private static final Path SOURCES = Path.of("src/main/java/org/masthead");
    /** The floors above the features, by top package; every package not named here is a feature. */
    private static final Map<String, Integer> FLOORS = Map.of("platform", 0, "common", 0, "site", 2, "admin", 2, "api", 2,
            "boot", 3, "cli", 4);
    private static final int FEATURES = 1;
    /** A name in the code (not in a comment or a string): {@code org.masthead.} and the top package it leads to. */
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.masthead\\.([a-z]\\w*)");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

    @Test
    void the_ground_floor_imports_no_feature_and_not_the_composition_root() {
        assertThat(violations(mainSources())).filteredOn(v -> floor(v.from()) == 0).isEmpty();
    }

    @Test
    void no_feature_imports_a_channel() {
        assertThat(violations(mainSources())).filteredOn(v -> floor(v.from()) == FEATURES).isEmpty();
    }

    @Test
    void only_the_command_line_imports_the_composition_root() {
        assertThat(violations(mainSources())).filteredOn(v -> floor(v.to()) >= floor("boot")).isEmpty();
    }

    @Test
    void the_sources_are_found_and_the_floors_exist() {
        Map<Path, String> sources = mainSources();
        Set<String> packages = new TreeSet<>();
        sources.keySet().forEach(file -> packages.add(topPackage(file)));
        assertThat(packages).contains("platform", "common", "boot", "cli", "article", "site");
    }

    @Test
    void an_import_upward_is_caught_whether_imported_or_written_out() {
        Map<Path, String> sources = Map.of(
                Path.of("platform/Events.java"), "package org.masthead.platform;\nimport org.masthead.article.Article;\n",
                Path.of("common/Slugs.java"), "package org.masthead.common;\nclass Slugs { org.masthead.boot.Masthead m; }\n",
                Path.of("site/SiteRoutes.java"), "package org.masthead.site;\nimport org.masthead.boot.Masthead;\n",
                Path.of("cli/Main.java"), "package org.masthead.cli;\nimport org.masthead.boot.Masthead;\n",
                Path.of("newsletter/Letters.java"), "package org.masthead.newsletter;\nimport org.masthead.site.Assets;\n"
                        + "import org.masthead.article.Article;\n",
                Path.of("platform/Config.java"), "package org.masthead.platform;\n// not org.masthead.article\n"
                        + "class Config { String s = \"org.masthead.site\"; org.masthead.common.Invalid e; }\n");
        assertThat(violations(sources)).containsExactlyInAnyOrder(
                new Violation("platform/Events.java", "platform", "article"),
                new Violation("common/Slugs.java", "common", "boot"),
                new Violation("site/SiteRoutes.java", "site", "boot"),
                new Violation("newsletter/Letters.java", "newsletter", "site"));
    }

    /** A reference from one top package to another on a higher floor. */
    record Violation(String file, String from, String to) {}

    static List<Violation> violations(Map<Path, String> sources) {
        List<Violation> found = new ArrayList<>();
        sources.forEach((file, text) -> {
            String from = topPackage(file);
            Set<String> used = new TreeSet<>();
            Matcher name = REFERENCE.matcher(COMMENT_OR_STRING.matcher(text).replaceAll(" "));
            while (name.find()) {
                used.add(name.group(1));
            }
            for (String to : used) {
                if (floor(to) > floor(from)) {
                    found.add(new Violation(file.toString().replace('\\', '/'), from, to));
                }
            }
        });
        return found;
    }

    private static int floor(String topPackage) {
        return FLOORS.getOrDefault(topPackage, FEATURES);
    }

    private static String topPackage(Path file) {
        return file.getName(0).toString();
    }

    /** Every main source file, by its path under {@code org/masthead/}. */
    private static Map<Path, String> mainSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .collect(java.util.stream.Collectors.toMap(SOURCES::relativize, FloorsTest::read));
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
