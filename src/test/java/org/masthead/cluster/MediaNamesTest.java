package org.masthead.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.boot.Masthead;
import org.masthead.support.Cluster;
import org.masthead.support.TestS3;

/**
 * Two servers on one PostgreSQL and one bucket (a real S3-compatible server that, like some, ignores If-None-Match on
 * a put) storing files of one name at the same moment: each keeps a file of its own, none overwritten.
 */
class MediaNamesTest {
    private Cluster cluster;

    @BeforeEach
    void start() {
        var settings = new HashMap<>(TestS3.settings(TestS3.newBucket()));
        settings.put("MASTHEAD_MEDIA_S3_PREFIX", "ledger/");
        cluster = Cluster.of(2, settings, java.time.Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    @Test
    void two_servers_storing_one_name_at_once_each_get_a_file_of_their_own() throws Exception {
        List<Callable<String>> stores = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Masthead server = cluster.servers().get(i % 2);
            String content = "minutes, copy " + i;
            stores.add(() -> server.media().storeFile("minutes.pdf", content.getBytes(StandardCharsets.UTF_8)) + " " + content);
        }
        List<String> stored = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(stores.size())) {
            for (Future<String> result : pool.invokeAll(stores)) {
                stored.add(result.get());
            }
        }

        assertThat(stored.stream().map(s -> s.substring(0, s.indexOf(' ')))).doesNotHaveDuplicates().hasSize(12);
        var storage = cluster.servers().get(1).media().storage();
        for (String each : stored) {
            String name = each.substring(0, each.indexOf(' '));
            try (var file = storage.open(name).orElseThrow()) {
                assertThat(new String(file.content().readAllBytes(), StandardCharsets.UTF_8))
                        .as("the file stored as " + name).isEqualTo(each.substring(each.indexOf(' ') + 1));
            }
        }
    }
}
