package org.masthead.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportOutcome;
import org.masthead.media.MediaStorage;

/**
 * The media files (in the data directory's {@code media/} folder or a bucket: see {@link MediaStorage}) as an archive
 * holds them: pictures (and their copies for srcset, and the WebP ones beside them) at {@code media/NAME}, attachments
 * at {@code media/files/NAME}, names as the media library makes them. A restore stages them in the data directory
 * while the rows go in, and puts them where the media files are kept only once the rows have committed; a restore
 * that fails leaves the media files as they were.
 */
final class MediaFiles {
    static final String PREFIX = "media/";
    static final String FILES = "files/";
    /** The names the media library gives files (MediaService); anything else is not the magazine's. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    /** A file to export: its name in the archive, its name where media files are kept, and its size. */
    record Found(String entry, String name, long size) {}

    private MediaFiles() {}

    static boolean isMediaEntry(String entry) {
        if (!entry.startsWith(PREFIX)) {
            return false;
        }
        String rest = entry.substring(PREFIX.length());
        if (rest.startsWith(FILES)) {
            rest = rest.substring(FILES.length());
        }
        return NAME.matcher(rest).matches() && !rest.contains("..");
    }

    /** The magazine's media files, in name order; {@code skipped} is told of anything else found there. */
    static List<Found> list(MediaStorage storage, java.util.function.Consumer<String> skipped) {
        List<Found> found = new ArrayList<>();
        for (MediaStorage.Listed file : storage.list(other -> skipped.accept(PREFIX + other))) {
            String entry = PREFIX + file.name();
            if (isMediaEntry(entry)) {
                found.add(new Found(entry, file.name(), file.size()));
            } else {
                skipped.accept(entry);
            }
        }
        return found;
    }

    /** Media files of an archive written to a folder of the data directory, not yet where media files are kept. */
    static final class Staged implements AutoCloseable {
        private final MediaStorage storage;
        private final Path staging;
        private final List<String> names = new ArrayList<>();

        private Staged(MediaStorage storage, Path staging) {
            this.storage = storage;
            this.staging = staging;
        }

        /**
         * Copies every media entry out of the archive into a new folder in {@code stagingDir}, checking each one's
         * checksum. The local store's own folder is the staging dir, so its files then move into place at once.
         */
        static Staged from(ArchiveReader archive, MediaStorage storage, Path stagingDir, LongConsumer progress) {
            Path staging;
            try {
                Files.createDirectories(stagingDir);
                staging = Files.createTempDirectory(stagingDir, ".restore-");
                Files.createDirectories(staging.resolve("files"));
            } catch (IOException e) {
                throw new ImportFailed(0, "cannot write in the media folder " + stagingDir + " (" + e.getMessage() + ")");
            }
            Staged staged = new Staged(storage, staging);
            try {
                long done = 0;
                for (ZipEntry entry : archive.media()) {
                    String name = entry.getName().substring(PREFIX.length());
                    staged.copy(archive, entry, name);
                    staged.names.add(name);
                    done += entry.getCompressedSize();
                    progress.accept(done);
                }
                return staged;
            } catch (RuntimeException e) {
                staged.close();
                throw e;
            }
        }

        private void copy(ArchiveReader archive, ZipEntry entry, String name) {
            var crc = new CRC32();
            try (InputStream in = archive.open(entry);
                    OutputStream out = new CheckedOutputStream(Files.newOutputStream(staging.resolve(name)), crc)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new ImportFailed(0, entry.getName() + " cannot be read (" + e.getMessage() + "): the archive is damaged");
            }
            if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                throw new ImportFailed(0, entry.getName() + " is damaged: its checksum does not match");
            }
        }

        /** Puts every staged file in its place, counting what was new, what replaced another and what was the same. */
        void moveIntoPlace(ImportOutcome outcome) {
            try {
                for (String name : names) {
                    Path from = staging.resolve(name);
                    Boolean same = sameAs(from, name);
                    if (Boolean.TRUE.equals(same)) {
                        outcome.record(ImportOutcome.Item.MEDIA_FILE, ImportOutcome.Result.UNCHANGED);
                        continue;
                    }
                    storage.putFile(name, from);
                    outcome.record(ImportOutcome.Item.MEDIA_FILE, same == null ? ImportOutcome.Result.CREATED : ImportOutcome.Result.UPDATED);
                }
            } catch (IOException e) {
                throw notInPlace(e);
            } catch (UncheckedIOException | org.masthead.common.Unavailable e) {
                throw notInPlace(e);
            }
        }

        private UncheckedIOException notInPlace(Exception e) {
            // CASE: the rows are in; a rerun of the restore finds them unchanged and brings the files again.
            return new UncheckedIOException("the rows are restored, but a media file could not be put into " + storage.describe()
                    + " (" + e.getMessage() + "): run the restore again once it can be written",
                    e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }

        /** Whether the stored file of that name has the staged one's content; null when there is no such file. */
        private Boolean sameAs(Path staged, String name) throws IOException {
            var stored = storage.open(name);
            if (stored.isEmpty()) {
                return null;
            }
            try (var file = stored.get(); InputStream ours = Files.newInputStream(staged)) {
                return file.size() == Files.size(staged) && sameContent(file.content(), ours);
            }
        }

        private static boolean sameContent(InputStream a, InputStream b) throws IOException {
            byte[] x = new byte[1 << 16];
            byte[] y = new byte[1 << 16];
            while (true) {
                int n = a.readNBytes(x, 0, x.length);
                int m = b.readNBytes(y, 0, y.length);
                if (n != m || !Arrays.equals(x, 0, n, y, 0, m)) {
                    return false;
                }
                if (n < x.length) {
                    return true;
                }
            }
        }

        /** Removes the staged files (all of them when the restore failed; what is left once moved). */
        @Override
        public void close() {
            if (!Files.exists(staging)) {
                return;
            }
            try (Stream<Path> all = Files.walk(staging)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the staged media files in " + staging, e);
            }
        }
    }
}
