package org.masthead.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.platform.Database;
import org.masthead.support.Http;
import org.masthead.support.RunningSite;
import org.masthead.support.SiteExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document cannot drift from the code: it is read by a real OpenAPI parser, every path it documents
 * is asked for with every status it documents, and every answer is checked against the schema the document
 * gives that status, by a JSON Schema validator (2020-12, as OpenAPI 3.1 uses), formats included.
 */
class OpenApiDocumentTest {
    @RegisterExtension
    static final SiteExtension site = SiteExtension.of(() -> RunningSite.empty(Database.Kind.SQLITE));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where the validator finds the document, so the schemas' "#/components/..." references resolve in it. */
    private static final String DOCUMENT = "https://masthead.invalid/api/openapi.json";
    /** Statuses a test cannot bring about here; each with its reason. */
    private static final Map<String, String> NOT_ASKED = Map.of(
            "/api/search 503", "the search index would have to be broken");

    private static ApiMagazine magazine;
    private static String text;
    private static JsonNode document;

    /** One request: the documented path it stands for, the address asked, and the status it must get. */
    private record Ask(String path, String address, int status) {}

    @BeforeAll
    static void fill() {
        magazine = ApiMagazine.fill(site.magazine());
        site.magazine().search().awaitIndexed();
        Http.Response response = site.http().get("/api/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        text = response.body();
        document = JSON.readTree(text);
    }

    private static List<Ask> asks() {
        long strike = magazine.weekend.get(1).id();
        long titleOnly = magazine.weekend.get(0).id();
        return List.of(
                new Ask("/api/editions/", "/api/editions/", 200),
                new Ask("/api/editions/", "/api/editions/?page=2", 200),
                new Ask("/api/editions/", "/api/editions/?from=2018-10-11&to=2018-11-09", 200),
                new Ask("/api/editions/", "/api/editions/?page=40", 200),
                new Ask("/api/editions/", "/api/editions/?to=last-week", 400),
                new Ask("/api/editions/{date}/", "/api/editions/2018-11-09/", 200),
                new Ask("/api/editions/{date}/", "/api/editions/2018-10-01/", 200),
                new Ask("/api/editions/{date}/", "/api/editions/2018-11-11/", 301),
                new Ask("/api/editions/{date}/", "/api/editions/1999-01-01/", 404),
                new Ask("/api/articles/{id}/", "/api/articles/" + strike + "/", 200),
                new Ask("/api/articles/{id}/", "/api/articles/" + titleOnly + "/", 200),
                new Ask("/api/articles/{id}/", "/api/articles/" + magazine.weekend.get(2).id() + "/", 200),
                new Ask("/api/articles/{id}/", "/api/articles/" + magazine.page.id() + "/", 200),
                new Ask("/api/articles/{id}/", "/api/articles/" + magazine.draft.id() + "/", 404),
                new Ask("/api/authors/{slug}/", "/api/authors/ann-lee/", 200),
                new Ask("/api/authors/{slug}/", "/api/authors/bo-chen/?page=2", 200),
                new Ask("/api/authors/{slug}/", "/api/authors/ann-lee/?page=first", 400),
                new Ask("/api/authors/{slug}/", "/api/authors/no-one/", 404),
                new Ask("/api/search", "/api/search?q=dockers", 200),
                new Ask("/api/search", "/api/search?q=estuary&author=bo-chen&order=newest", 200),
                new Ask("/api/search", "/api/search?q=Dockrs+stopped", 200),
                new Ask("/api/search", "/api/search?q=zeppelin", 200),
                new Ask("/api/search", "/api/search?q=estuary&author=no-one&page=0", 200),
                new Ask("/api/openapi.json", "/api/openapi.json", 200));
    }

    @Test
    void a_real_openapi_parser_reads_the_document_as_version_3_1_with_no_complaint() {
        var options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(text, null, options);

        assertThat(parsed.getMessages()).isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.1");
        assertThat(api.getServers().getFirst().getUrl()).isEqualTo(site.http().base().toString().replaceFirst("/$", ""));
        assertThat(api.getPaths()).containsKeys("/api/editions/", "/api/editions/{date}/", "/api/articles/{id}/",
                "/api/authors/{slug}/", "/api/search", "/api/openapi.json");
        api.getPaths().forEach((path, item) -> assertThat(item.getGet().getResponses()).as(path).isNotEmpty());
    }

    @Test
    void every_documented_path_and_status_is_asked_for_and_nothing_undocumented_is() {
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().get("get").get("responses").properties()
                .forEach(status -> documented.add(path.getKey() + " " + status.getKey())));
        Set<String> asked = new TreeSet<>();
        for (Ask ask : asks()) {
            asked.add(ask.path() + " " + ask.status());
            asked.add(ask.path() + " 304");
        }
        asked.addAll(NOT_ASKED.keySet());

        assertThat(asked).isEqualTo(documented);
    }

    @Test
    void every_answer_matches_the_schema_documented_for_its_status() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(Map.of(DOCUMENT, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        List<String> problems = new ArrayList<>();
        for (Ask ask : asks()) {
            Http.Response response = site.http().get(ask.address());
            if (response.status() != ask.status()) {
                problems.add(ask.address() + ": answered " + response.status() + ", expected " + ask.status());
                continue;
            }
            if (response.header("Content-Type") == null || !response.header("Content-Type").startsWith("application/json")) {
                problems.add(ask.address() + ": answered " + response.header("Content-Type") + ", not JSON");
                continue;
            }
            Schema schema = schemaFor(registry, ask.path(), ask.status());
            schema.validate(JSON.readTree(response.body()))
                    .forEach(error -> problems.add(ask.address() + ": " + error.getMessage()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_documented_path_answers_304_to_a_client_holding_its_current_version() {
        for (Ask ask : asks().stream().filter(a -> a.status() == 200).toList()) {
            Http.Response first = site.http().get(ask.address());
            Http.Response again = site.http().send(HttpRequest.newBuilder(site.http().base().resolve(ask.address()))
                    .header("If-None-Match", first.header("ETag")).GET().build());
            assertThat(again.status()).as(ask.address()).isEqualTo(304);
        }
    }

    @Test
    void the_validator_would_notice_an_answer_that_breaks_the_schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(Map.of(DOCUMENT, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Schema edition = schemaFor(registry, "/api/editions/{date}/", 200);
        var answer = (tools.jackson.databind.node.ObjectNode) JSON.readTree(site.http().get("/api/editions/2018-11-09/").body());
        assertThat(edition.validate(answer)).isEmpty();

        var undocumented = answer.deepCopy().put("colour", "red");
        var wrongDate = answer.deepCopy().put("date", "9 November");
        var missing = answer.deepCopy();
        missing.remove("lineup");
        assertThat(edition.validate(undocumented)).isNotEmpty();
        assertThat(edition.validate(wrongDate)).isNotEmpty();
        assertThat(edition.validate(missing)).isNotEmpty();
    }

    /** The schema of a documented answer: the response's own, or the shared response it refers to. */
    private static Schema schemaFor(SchemaRegistry registry, String path, int status) {
        String pointer = "/paths/" + escape(path) + "/get/responses/" + status;
        JsonNode response = document.at(pointer);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asString().substring(1);
            response = document.at(pointer);
        }
        assertThat(response.has("content")).as(path + " " + status + " documents no content").isTrue();
        pointer += "/content/application~1json/schema";
        return registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer.replace("{", "%7B").replace("}", "%7D")));
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
