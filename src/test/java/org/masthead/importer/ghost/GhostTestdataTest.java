package org.masthead.importer.ghost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.importer.ghost.GhostFixtures.count;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.common.Slugs;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportOutcome.Result;
import org.masthead.importer.ImportService;
import org.masthead.platform.Database;
import org.masthead.boot.Masthead;
import org.masthead.support.Magazines;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON file in ../shared/testdata/ghost/ imported into a new magazine, and its counts checked against what a
 * plain reading of the file says (by rules written here, not the importer's); then imported again, which changes nothing.
 */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class GhostTestdataTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Parameter
    Database.Kind kind;

    static Stream<Path> exports() throws IOException {
        try (Stream<Path> files = Files.walk(GhostFixtures.TESTDATA)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /** What the file holds, read as a tree: the object with the export's tables, or null when there is none. */
    private static JsonNode tables(JsonNode root) {
        JsonNode node = root;
        for (int depth = 0; depth < 4 && node != null; depth++) {
            if (node.path("db").isArray()) {
                node = node.path("db").path(0);
            } else if (node.path("data").isObject()) {
                node = node.path("data");
            } else {
                break;
            }
        }
        boolean export = node != null && (node.has("posts") || node.has("users") || node.has("tags"));
        return export ? node : null;
    }

    private static JsonNode unwrapped(JsonNode row) {
        return row.isObject() && !row.has("id") && row.path("data").isObject() ? row.path("data") : row;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? "" : value.asString().strip();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void every_export_imports_with_counts_that_match_the_file_and_a_rerun_changes_nothing(Path file, @TempDir Path dataDir)
            throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (RuntimeException notJson) {
            root = null;
        }
        JsonNode tables = root == null ? null : tables(root);
        if (tables == null) {
            assertThatThrownBy(() -> ImportService.prepare(file, ImportService.Options.NONE)).isInstanceOf(ImportFailed.class)
                    .hasMessageContaining("Ghost export");
            return;
        }
        List<JsonNode> posts = tables.path("posts").valueStream().map(GhostTestdataTest::unwrapped).toList();
        int elements = posts.size();
        int empty = 0;
        int publishedArticles = 0;
        int publishedPages = 0;
        Set<String> topicSlugs = new HashSet<>();
        for (JsonNode post : posts) {
            boolean page = "page".equals(text(post, "type")) || "1".equals(text(post, "page")) || "true".equals(text(post, "page"));
            boolean visible = text(post, "visibility").isEmpty() || "public".equals(text(post, "visibility"));
            if ("published".equals(text(post, "status")) && visible) {
                if (page) {
                    publishedPages++;
                } else {
                    publishedArticles++;
                }
            }
            boolean nothing = Stream.of("title", "slug", "html", "markdown", "mobiledoc", "lexical", "plaintext")
                    .allMatch(field -> text(post, field).isEmpty());
            empty += nothing ? 1 : 0;
            post.path("tags").forEach(tag -> topicSlugs.add(slugOf(unwrapped(tag))));
        }
        tables.path("tags").forEach(tag -> topicSlugs.add(slugOf(unwrapped(tag))));
        // People: Ghost's users, and the authors its API puts inside posts; one person per slug. The migrate tools'
        // users have no ids and are matched by address, so their files are not counted this way.
        Set<String> people = new HashSet<>();
        boolean identified = true;
        List<JsonNode> users = Stream.concat(tables.path("users").valueStream(),
                posts.stream().flatMap(post -> Stream.concat(post.path("authors").valueStream(), post.path("author").isObject()
                        ? Stream.of(post.path("author")) : Stream.empty()))).map(GhostTestdataTest::unwrapped).toList();
        for (JsonNode user : users) {
            identified &= !text(user, "id").isEmpty();
            people.add(slugOf(user));
        }
        people.remove("");
        topicSlugs.remove("");
        topicSlugs.removeIf(slug -> slug.startsWith("hash-"));

        try (Masthead magazine = Magazines.open(kind, dataDir)) {
            ImportOutcome first = GhostFixtures.importFile(magazine, file, ImportService.Options.NONE);
            ImportOutcome second = GhostFixtures.importFile(magazine, file, ImportService.Options.NONE);

            int read = 0;
            for (Item item : List.of(Item.ARTICLE, Item.PAGE)) {
                for (Result result : Result.values()) {
                    read += first.count(item, result);
                }
            }
            assertThat(read).as("posts and pages read").isEqualTo(elements);
            assertThat(count(magazine, "SELECT COUNT(*) FROM articles")).as("articles kept").isEqualTo(elements - empty);
            assertThat(count(magazine, "SELECT COUNT(*) FROM articles WHERE status = 'published' AND kind = 'article'"))
                    .as("published posts").isEqualTo(publishedArticles);
            assertThat(count(magazine, "SELECT COUNT(*) FROM articles WHERE status = 'published' AND kind = 'page'"))
                    .as("published pages").isEqualTo(publishedPages);
            assertThat(count(magazine, "SELECT COUNT(*) FROM topics")).as("topics").isEqualTo(topicSlugs.size());
            if (identified) {
                assertThat(magazine.authors().count()).as("authors").isEqualTo(people.size());
            }
            assertThat(first.failures()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
            System.out.printf("word check\t%s\t%s\t%d\t%d%n", kind, GhostFixtures.TESTDATA.relativize(file), first.wordsRead(),
                    first.wordsKept());
            assertThat(first.losses()).as("posts stored without some of their words").isEmpty();
            assertThat(second.changedNothing()).as("the rerun changed nothing:\n%s", second).isTrue();
            assertThat(second.failures()).hasSameSizeAs(first.failures());
        }
    }

    /** A tag's or a person's identity as a reader of Ghost sees it: their slug, else the slug of their name. */
    private static String slugOf(JsonNode item) {
        String slug = text(item, "slug").toLowerCase(Locale.ROOT);
        return slug.isEmpty() ? Slugs.of(text(item, "name")) : slug;
    }
}
