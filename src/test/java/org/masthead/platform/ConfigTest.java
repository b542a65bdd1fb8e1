package org.masthead.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.common.Invalid;

class ConfigTest {
    @TempDir
    Path dataDir;

    @Test
    void the_defaults_serve_sqlite_on_port_8080() {
        Config config = Config.load(dataDir, Map.of(), Config.Overrides.none());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.database().isPostgres()).isFalse();
        assertThat(config.timezone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.publicUrl(8080).toString()).isEqualTo("http://localhost:8080");
    }

    @Test
    void the_file_is_overridden_by_the_environment_which_is_overridden_by_flags() throws Exception {
        Files.writeString(dataDir.resolve("masthead.properties"), """
                port=9000
                timezone=America/New_York
                base-url=https://mag.example/
                database.url=jdbc:postgresql://db.example/masthead
                """);
        Config fromFile = Config.load(dataDir, Map.of(), Config.Overrides.none());
        Config fromEnv = Config.load(dataDir, Map.of("MASTHEAD_PORT", "9100"), Config.Overrides.none());
        Config fromFlag = Config.load(dataDir, Map.of("MASTHEAD_PORT", "9100"), new Config.Overrides(null, 9200));

        assertThat(fromFile.port()).isEqualTo(9000);
        assertThat(fromFile.database().isPostgres()).isTrue();
        assertThat(fromFile.publicUrl(9000).toString()).isEqualTo("https://mag.example");
        assertThat(fromFile.timezone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(fromEnv.port()).isEqualTo(9100);
        assertThat(fromFlag.port()).isEqualTo(9200);
    }

    @Test
    void bad_values_are_refused_with_their_name_and_value() {
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_PORT", "99999"), Config.Overrides.none()))
                .isInstanceOf(Invalid.class).hasMessageContaining("port").hasMessageContaining("99999");
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_TIMEZONE", "Mars/Olympus"), Config.Overrides.none()))
                .hasMessageContaining("timezone");
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_BASE_URL", "javascript:alert(1)"), Config.Overrides.none()))
                .hasMessageContaining("base-url");
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_DATABASE_URL", "jdbc:mysql://x/y"), Config.Overrides.none()))
                .hasMessageContaining("PostgreSQL");
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_TRUSTED_PROXIES", "10.0.0.1,proxy.example"),
                Config.Overrides.none())).hasMessageContaining("trusted-proxies").hasMessageContaining("proxy.example");
    }

    @Test
    void only_the_local_machine_is_trusted_as_a_proxy_unless_told_otherwise() throws Exception {
        assertThat(Config.load(dataDir, Map.of(), Config.Overrides.none()).trustedProxies())
                .containsExactlyInAnyOrder(java.net.InetAddress.getByName("127.0.0.1"), java.net.InetAddress.getByName("::1"));
        assertThat(Config.load(dataDir, Map.of("MASTHEAD_TRUSTED_PROXIES", "none"), Config.Overrides.none()).trustedProxies())
                .isEmpty();
        assertThat(Config.load(dataDir, Map.of("MASTHEAD_TRUSTED_PROXIES", " 10.0.0.2 , fd00::2"), Config.Overrides.none())
                .trustedProxies()).hasSize(2);
    }

    @Test
    void the_database_password_never_appears_in_descriptions() {
        Config config = Config.load(dataDir, Map.of("MASTHEAD_DATABASE_URL", "jdbc:postgresql://db/m?password=hunter2",
                "MASTHEAD_DATABASE_PASSWORD", "s3cret"), Config.Overrides.none());
        assertThat(config.database().toString()).doesNotContain("s3cret", "hunter2");
        assertThat(config.database().describe(dataDir)).doesNotContain("hunter2");
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void webhooks_reach_private_addresses_only_when_the_operator_allows_it() {
        assertThat(Config.load(dataDir, Map.of(), Config.Overrides.none()).webhookPrivateTargets()).isFalse();
        assertThat(Config.load(dataDir, Map.of("MASTHEAD_WEBHOOKS_PRIVATE_TARGETS", "allow"), Config.Overrides.none())
                .webhookPrivateTargets()).isTrue();
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_WEBHOOKS_PRIVATE_TARGETS", "yes"), Config.Overrides.none()))
                .hasMessageContaining("webhooks.private-targets").hasMessageContaining("'yes'");
    }

    @Test
    void pictures_stay_in_the_data_directory_unless_a_bucket_is_named() {
        assertThat(Config.load(dataDir, Map.of(), Config.Overrides.none()).mediaBucket()).isEmpty();
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_MEDIA_S3_ENDPOINT", "https://s3.example.net"),
                Config.Overrides.none())).hasMessageContaining("media.s3.bucket");
    }

    @Test
    void a_bucket_at_another_endpoint_is_addressed_path_style_and_its_keys_never_appear_in_descriptions() {
        Config config = Config.load(dataDir, Map.of("MASTHEAD_MEDIA_S3_BUCKET", "harbour-pictures", "MASTHEAD_MEDIA_S3_ENDPOINT",
                "https://s3.example.net", "MASTHEAD_MEDIA_S3_ACCESS_KEY", "AKIDEXAMPLE", "MASTHEAD_MEDIA_S3_SECRET_KEY",
                "wJalrXUtnFEMI-secret"), Config.Overrides.none());

        Config.MediaBucket bucket = config.mediaBucket().orElseThrow();
        assertThat(bucket.pathStyle()).isTrue();
        assertThat(bucket.region()).isEqualTo("us-east-1");
        assertThat(bucket.describe()).isEqualTo("the S3 bucket harbour-pictures at https://s3.example.net");
        assertThat(config.toString()).contains("harbour-pictures").doesNotContain("wJalrXUtnFEMI-secret").doesNotContain("AKIDEXAMPLE");
        assertThat(Config.load(dataDir, Map.of("MASTHEAD_MEDIA_S3_BUCKET", "harbour-pictures", "MASTHEAD_MEDIA_S3_REGION",
                "eu-west-1"), Config.Overrides.none()).mediaBucket().orElseThrow())
                .as("at AWS, virtual-hosted addresses and the SDK's own credentials")
                .extracting(Config.MediaBucket::pathStyle, Config.MediaBucket::region).containsExactly(false, "eu-west-1");
    }

    @Test
    void a_bucket_setting_that_cannot_work_is_refused_without_repeating_a_secret() {
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_MEDIA_S3_BUCKET", "harbour-pictures",
                "MASTHEAD_MEDIA_S3_ACCESS_KEY", "AKIDEXAMPLE"), Config.Overrides.none()))
                .hasMessageContaining("media.s3.secret-key");
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_MEDIA_S3_BUCKET", "Harbour Pictures"),
                Config.Overrides.none())).hasMessageContaining("media.s3.bucket");
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_MEDIA_S3_BUCKET", "harbour-pictures",
                "MASTHEAD_MEDIA_S3_ENDPOINT", "https://AKID:hunter2@s3.example.net"), Config.Overrides.none()))
                .hasMessageContaining("media.s3.endpoint").hasMessageNotContaining("hunter2");
    }

    @Test
    void search_on_a_cluster_names_its_nodes_and_never_shows_its_password() {
        Config config = Config.load(dataDir, Map.of("MASTHEAD_SEARCH_OPENSEARCH_URL", "https://search1.example:9200, https://search2.example:9200",
                "MASTHEAD_SEARCH_OPENSEARCH_USER", "masthead", "MASTHEAD_SEARCH_OPENSEARCH_PASSWORD", "hunter2-secret"),
                Config.Overrides.none());

        Config.SearchCluster cluster = config.searchCluster().orElseThrow();
        assertThat(cluster.nodes()).hasSize(2);
        assertThat(cluster.index()).isEqualTo("masthead");
        assertThat(cluster.describe()).isEqualTo("OpenSearch at https://search1.example:9200, https://search2.example:9200 (index masthead-articles)");
        assertThat(config.toString()).contains("search1.example").doesNotContain("hunter2-secret");
        assertThat(Config.load(dataDir, Map.of(), Config.Overrides.none()).searchCluster()).isEmpty();
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_SEARCH_OPENSEARCH_USER", "masthead"), Config.Overrides.none()))
                .hasMessageContaining("search.opensearch.url");
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_SEARCH_OPENSEARCH_URL", "https://u:hunter2@search1.example:9200"),
                Config.Overrides.none())).hasMessageContaining("search.opensearch.url").hasMessageNotContaining("hunter2");
    }

    @Test
    void a_replica_url_is_refused_on_sqlite_with_what_to_do() {
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_DATABASE_REPLICA_URL", "jdbc:postgresql://replica/m"),
                Config.Overrides.none())).isInstanceOf(Invalid.class)
                .hasMessageContaining("database.replica-url").hasMessageContaining("SQLite");
    }

    @Test
    void a_replica_url_is_read_beside_the_primary_and_its_password_never_shown() {
        Config config = Config.load(dataDir, Map.of("MASTHEAD_DATABASE_URL", "jdbc:postgresql://db/m",
                "MASTHEAD_DATABASE_REPLICA_URL", "jdbc:postgresql://replica/m?user=r&password=hunter2"), Config.Overrides.none());
        assertThat(config.database().replicaUrl()).hasValue("jdbc:postgresql://replica/m?user=r&password=hunter2");
        assertThat(config.toString()).contains("replica/m").doesNotContain("hunter2");
        assertThatThrownBy(() -> Config.load(dataDir, Map.of("MASTHEAD_DATABASE_URL", "jdbc:postgresql://db/m",
                "MASTHEAD_DATABASE_REPLICA_URL", "mysql://replica/m"), Config.Overrides.none()))
                .isInstanceOf(Invalid.class).hasMessageContaining("PostgreSQL JDBC URL");
    }
}
