package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.boot.Masthead;
import org.masthead.common.Actor;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportOutcome.Result;
import org.masthead.importer.ImportProgress;
import org.masthead.media.Attachment;
import org.masthead.media.CreditKind;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Config;
import org.masthead.platform.Database;
import org.masthead.support.Magazines;
import org.masthead.support.Pictures;
import org.masthead.support.TestS3;

/**
 * An export and a restore carry the media files whichever store holds them: from a magazine whose pictures are in a
 * bucket of a real S3-compatible server to one that keeps them in its data directory, and from there into a bucket.
 */
class BucketTransferTest {
    @TempDir
    Path temp;

    private static Masthead onBucket(Path dataDir, String bucket) {
        return Masthead.open(Config.load(dataDir, TestS3.settings(bucket), new Config.Overrides("127.0.0.1", 0)));
    }

    private static Path exported(Masthead magazine, Path archive) {
        magazine.export().export(archive, false, MagazineExport.Progress.NONE);
        return archive;
    }

    private static byte[] inBucket(String bucket, String name) {
        try (var s3 = TestS3.client()) {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key(name)).asByteArray();
        }
    }

    @Test
    void a_magazine_on_a_bucket_restores_onto_a_data_directory_and_from_there_into_another_bucket() throws Exception {
        String first = TestS3.newBucket();
        String second = TestS3.newBucket();
        Image image;
        Attachment notes;
        Path archive;
        try (Masthead source = onBucket(temp.resolve("source"), first)) {
            image = source.media().upload(Actor.system("test"), "quay.jpg", Pictures.photograph(1000, 500), new ImageDetails(
                    "Cranes over the quay", "", CreditKind.PHOTO, "Ann Photographer", null, Licence.CC_BY_4_0));
            notes = source.media().addAttachment("notes.pdf", "%PDF-1.4 harbour notes".getBytes(StandardCharsets.UTF_8), null,
                    "Harbour notes", "application/pdf");
            archive = exported(source, temp.resolve("from-bucket.zip"));
        }
        String picture = image.fileName();
        String copy = picture.replace(".jpg", "-480w.jpg");
        Map<String, byte[]> entries = Archives.contents(archive);
        assertThat(entries.get("media/" + picture)).isEqualTo(inBucket(first, picture));
        assertThat(entries).containsKeys("media/" + copy, "media/files/" + notes.fileName());

        Path again;
        try (Masthead local = Magazines.open(Database.Kind.SQLITE, temp.resolve("local"))) {
            local.imports().restore(archive, ImportProgress.NONE);

            Path media = temp.resolve("local").resolve("media");
            assertThat(Files.readAllBytes(media.resolve(picture))).isEqualTo(inBucket(first, picture));
            assertThat(Files.readString(media.resolve("files").resolve(notes.fileName()))).isEqualTo("%PDF-1.4 harbour notes");
            assertThat(local.media().find(image.id()).srcset()).isEqualTo(image.srcset());
            again = exported(local, temp.resolve("from-folder.zip"));
        }

        try (Masthead target = onBucket(temp.resolve("target"), second)) {
            ImportOutcome restored = target.imports().restore(again, ImportProgress.NONE);
            ImportOutcome repeated = target.imports().restore(again, ImportProgress.NONE);

            assertThat(inBucket(second, picture)).isEqualTo(inBucket(first, picture));
            assertThat(inBucket(second, copy)).isEqualTo(inBucket(first, copy));
            assertThat(new String(inBucket(second, "files/" + notes.fileName()), StandardCharsets.UTF_8))
                    .isEqualTo("%PDF-1.4 harbour notes");
            assertThat(restored.count(Item.MEDIA_FILE, Result.CREATED)).isEqualTo(entries.size() - countTables(entries));
            assertThat(repeated.count(Item.MEDIA_FILE, Result.UNCHANGED)).isEqualTo(restored.count(Item.MEDIA_FILE, Result.CREATED));
            assertThat(temp.resolve("target").resolve("media").resolve(picture)).as("kept in the bucket only").doesNotExist();
        }
    }

    private static int countTables(Map<String, byte[]> entries) {
        return (int) entries.keySet().stream().filter(name -> !name.startsWith("media/")).count();
    }
}
