package org.masthead.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.masthead.boot.Masthead;
import org.masthead.common.Actor;
import org.masthead.importer.ImportProgress;
import org.masthead.media.CreditKind;
import org.masthead.media.Image;
import org.masthead.media.ImageDetails;
import org.masthead.media.Licence;
import org.masthead.platform.Database;
import org.masthead.support.Magazines;
import org.masthead.support.Pictures;

/** A picture's WebP copies go into an archive with it and come back with a restore; an older archive restores without. */
@ParameterizedClass
@EnumSource(Database.Kind.class)
class WebpCopiesTransferTest {
    @Parameter
    Database.Kind kind;

    @TempDir
    Path temp;

    private Path exported(Masthead magazine) {
        Path archive = temp.resolve("export.zip");
        magazine.export().export(archive, false, MagazineExport.Progress.NONE);
        return archive;
    }

    private static Image uploaded(Masthead magazine) {
        return magazine.media().upload(Actor.system("test"), "quay.jpg", Pictures.photograph(1000, 500), new ImageDetails(
                "Cranes over the quay", "", CreditKind.PHOTO, "Ann Photographer", null, Licence.CC_BY_4_0));
    }

    @Test
    void an_export_and_a_restore_carry_the_webp_copies() throws Exception {
        try (Masthead source = Magazines.open(kind, temp.resolve("source"))) {
            Image image = uploaded(source);
            assertThat(image.webpSrcset()).isNotEmpty();
            String base = image.fileName().replace(".jpg", "");
            Path archive = exported(source);
            assertThat(Archives.contents(archive)).containsKeys("media/" + base + ".webp", "media/" + base + "-800w.webp");

            try (Masthead restored = Magazines.open(kind, temp.resolve("restored"))) {
                restored.imports().restore(archive, ImportProgress.NONE);

                assertThat(restored.media().find(image.id()).webpSrcset()).isEqualTo(image.webpSrcset());
                assertThat(Files.size(restored.config().dataDir().resolve("media").resolve(base + "-480w.webp")))
                        .isEqualTo(Files.size(source.config().dataDir().resolve("media").resolve(base + "-480w.webp")));
            }
        }
    }

    @Test
    void an_archive_from_before_webp_copies_restores_its_pictures_without_them() {
        try (Masthead source = Magazines.open(kind, temp.resolve("source"))) {
            Image image = uploaded(source);
            Path archive = exported(source);
            Path older = Archives.rewrite(archive, temp.resolve("older.zip"), Map.of("tables/images.jsonl",
                    text -> text.replaceAll(",?\"webp\":(true|false)", "")), Map.of());

            try (Masthead restored = Magazines.open(kind, temp.resolve("restored"))) {
                restored.imports().restore(older, ImportProgress.NONE);

                Image again = restored.media().find(image.id());
                assertThat(again.webpSrcset()).isEmpty();
                assertThat(again.srcset()).isEqualTo(image.srcset());
            }
        }
    }
}
