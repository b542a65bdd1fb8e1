package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.common.Unavailable;
import org.masthead.platform.Config;
import org.masthead.support.TestS3;

/** Both stores keep media files alike: the data directory's folder, and a bucket of a real S3-compatible server. */
@ParameterizedClass
@ValueSource(strings = {"local", "s3"})
class MediaStorageTest {
    @Parameter
    String kind;

    @TempDir
    Path temp;

    private MediaStorage storage;

    @BeforeEach
    void open() {
        storage = kind.equals("local") ? new LocalMediaStorage(temp.resolve("media")) : s3(TestS3.newBucketSettings());
    }

    @AfterEach
    void close() {
        storage.close();
    }

    static S3MediaStorage s3(Map<String, String> settings) {
        return S3MediaStorage.open(Config.load(Path.of("."), settings, Config.Overrides.none()).mediaBucket().orElseThrow());
    }

    private static String read(MediaStorage.Stored file) throws Exception {
        try (file) {
            return new String(file.content().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_file_put_is_read_back_with_its_size_and_the_time_it_was_stored() throws Exception {
        storage.put("quay.jpg", "pixels".getBytes(StandardCharsets.UTF_8));

        MediaStorage.Stored file = storage.open("quay.jpg").orElseThrow();
        assertThat(file.size()).isEqualTo(6);
        assertThat(file.modified()).isNotNull();
        assertThat(read(file)).isEqualTo("pixels");
        assertThat(storage.exists("quay.jpg")).isTrue();
        assertThat(storage.size("quay.jpg")).hasValue(6);
    }

    @Test
    void a_file_that_is_not_there_is_absent_rather_than_an_error() {
        assertThat(storage.open("nothing.jpg")).isEmpty();
        assertThat(storage.exists("nothing.jpg")).isFalse();
        assertThat(storage.size("nothing.jpg")).isEmpty();
        assertThat(storage.exists("files/nothing.pdf")).isFalse();
    }

    @Test
    void a_second_put_replaces_the_file_and_a_delete_removes_it() throws Exception {
        storage.put("files/notes.pdf", "first".getBytes(StandardCharsets.UTF_8));
        storage.put("files/notes.pdf", "second".getBytes(StandardCharsets.UTF_8));
        assertThat(read(storage.open("files/notes.pdf").orElseThrow())).isEqualTo("second");

        storage.delete("files/notes.pdf");

        assertThat(storage.exists("files/notes.pdf")).isFalse();
    }

    @Test
    void a_new_file_is_stored_only_under_a_name_no_file_has() throws Exception {
        assertThat(storage.putNew("quay.jpg", "first".getBytes(StandardCharsets.UTF_8))).isTrue();

        assertThat(storage.putNew("quay.jpg", "second".getBytes(StandardCharsets.UTF_8))).as("the name is taken").isFalse();

        assertThat(read(storage.open("quay.jpg").orElseThrow())).isEqualTo("first");
    }

    @Test
    void two_writers_storing_one_name_at_once_in_the_folder_each_get_a_file_of_their_own() throws Exception {
        if (kind.equals("s3")) {
            // s3proxy ignores If-None-Match on a put: MediaService names one file at a time (MediaNamesTest).
            return;
        }
        var stored = java.util.concurrent.ConcurrentHashMap.<Boolean>newKeySet();
        List<java.util.concurrent.Callable<Boolean>> both = List.of(
                () -> storage.putNew("files/minutes.pdf", "one".getBytes(StandardCharsets.UTF_8)),
                () -> storage.putNew("files/minutes.pdf", "two".getBytes(StandardCharsets.UTF_8)));
        List<Boolean> results = new ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            for (var result : pool.invokeAll(both)) {
                results.add(result.get());
            }
        }
        assertThat(results).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void with_a_prefix_the_magazine_sees_only_its_own_objects_in_a_shared_bucket() throws Exception {
        if (kind.equals("local")) {
            return;
        }
        String bucket = TestS3.newBucket();
        var ledger = new java.util.HashMap<>(TestS3.settings(bucket));
        ledger.put("MASTHEAD_MEDIA_S3_PREFIX", "ledger/");
        var gazette = new java.util.HashMap<>(TestS3.settings(bucket));
        gazette.put("MASTHEAD_MEDIA_S3_PREFIX", "gazette/");
        try (var first = s3(ledger); var second = s3(gazette)) {
            first.put("quay.jpg", "ledger's".getBytes(StandardCharsets.UTF_8));
            second.put("quay.jpg", "gazette's".getBytes(StandardCharsets.UTF_8));
            second.put("files/notes.pdf", new byte[] {1});

            assertThat(read(first.open("quay.jpg").orElseThrow())).isEqualTo("ledger's");
            assertThat(first.list(other -> { })).extracting(MediaStorage.Listed::name).containsExactly("quay.jpg");
            assertThat(second.list(other -> { })).extracting(MediaStorage.Listed::name).containsExactly("quay.jpg", "files/notes.pdf");
            assertThat(TestS3.client().headObject(b -> b.bucket(bucket).key("ledger/quay.jpg")).contentLength()).isEqualTo(8);
        }
    }

    @Test
    void a_prefix_that_is_not_a_folder_is_refused_with_the_reason() {
        var settings = new java.util.HashMap<>(TestS3.settings("some-bucket"));
        settings.put("MASTHEAD_MEDIA_S3_PREFIX", "../ledger");
        assertThatThrownBy(() -> Config.load(Path.of("."), settings, Config.Overrides.none()))
                .hasMessageContaining("media.s3.prefix is a folder in the bucket ending in /");
    }

    @Test
    void a_staged_file_is_put_under_its_name() throws Exception {
        Path staged = Files.writeString(temp.resolve("staged.png"), "staged pixels");

        storage.putFile("chart.png", staged);

        assertThat(read(storage.open("chart.png").orElseThrow())).isEqualTo("staged pixels");
    }

    @Test
    void the_list_holds_the_pictures_then_the_attachments_each_in_name_order_and_names_anything_else() {
        for (String name : List.of("b.jpg", "files/z.pdf", "a.jpg", "files/c.mp3", "a-480w.jpg")) {
            storage.put(name, new byte[] {1, 2, 3});
        }
        storage.put("stray/deeper/thing.txt", new byte[] {1});

        List<String> others = new ArrayList<>();
        List<MediaStorage.Listed> listed = storage.list(others::add);

        assertThat(listed).extracting(MediaStorage.Listed::name)
                .containsExactly("a-480w.jpg", "a.jpg", "b.jpg", "files/c.mp3", "files/z.pdf");
        assertThat(listed).extracting(MediaStorage.Listed::size).containsOnly(3L);
        assertThat(others).containsExactly(kind.equals("local") ? "stray" : "stray/deeper/thing.txt");
    }

    @Test
    void a_store_that_cannot_be_reached_is_unavailable_naming_the_bucket_but_never_the_secret() throws Exception {
        if (kind.equals("local")) {
            return;
        }
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var settings = new java.util.HashMap<>(TestS3.settings("gone-bucket"));
        settings.put("MASTHEAD_MEDIA_S3_ENDPOINT", URI.create("http://127.0.0.1:" + closed).toString());
        try (var unreachable = s3(settings)) {
            assertThatThrownBy(() -> unreachable.open("quay.jpg")).isInstanceOf(Unavailable.class)
                    .hasMessageContaining("the picture store is unavailable").hasMessageContaining("gone-bucket")
                    .hasMessageNotContaining(TestS3.SECRET_KEY);
            assertThatThrownBy(() -> unreachable.put("quay.jpg", new byte[] {1})).isInstanceOf(Unavailable.class);
        }
    }
}
