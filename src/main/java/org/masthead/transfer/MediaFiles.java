package org.masthead.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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

/**
 * The files of the data directory's {@code media/} folder as an archive holds them: pictures (and their copies
 * for srcset, and the WebP ones beside them) at {@code media/NAME}, attachments at {@code media/files/NAME}, names as the media library makes
 * them. A restore stages them beside the media folder while the rows go in, and moves them into place only once
 * the rows have committed; a restore that fails leaves the folder as it was.
 */
final class MediaFiles {
    static final String PREFIX = "media/";
    static final String FILES = "files/";
    /** The names the media library gives files (MediaService); anything else is not the magazine's. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    /** A file to export: its name in the archive, where it is, and its size. */
    record Found(String entry, Path path, long size) {}

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
    static List<Found> list(Path mediaDir, java.util.function.Consumer<String> skipped) {
        List<Found> found = new ArrayList<>();
        collect(mediaDir, PREFIX, found, skipped, true);
        collect(mediaDir.resolve("files"), PREFIX + FILES, found, skipped, false);
        return found;
    }

    private static void collect(Path dir, String prefix, List<Found> found, java.util.function.Consumer<String> skipped,
            boolean top) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path path : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = path.getFileName().toString();
                if (top && name.equals("files") && Files.isDirectory(path)) {
                    continue;
                }
                if (Files.isRegularFile(path) && NAME.matcher(name).matches()) {
                    found.add(new Found(prefix + name, path, Files.size(path)));
                } else if (!name.startsWith(".restore-")) {
                    skipped.accept(prefix + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the media files in " + dir, e);
        }
    }

    /** Media files of an archive written beside the media folder, not yet in it. */
    static final class Staged implements AutoCloseable {
        private final Path mediaDir;
        private final Path staging;
        private final List<String> names = new ArrayList<>();

        private Staged(Path mediaDir, Path staging) {
            this.mediaDir = mediaDir;
            this.staging = staging;
        }

        /** Copies every media entry out of the archive, checking each one's checksum. */
        static Staged from(ArchiveReader archive, Path mediaDir, LongConsumer progress) {
            Path staging;
            try {
                Files.createDirectories(mediaDir);
                staging = Files.createTempDirectory(mediaDir, ".restore-");
                Files.createDirectories(staging.resolve("files"));
            } catch (IOException e) {
                throw new ImportFailed(0, "cannot write in the media folder " + mediaDir + " (" + e.getMessage() + ")");
            }
            Staged staged = new Staged(mediaDir, staging);
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
                Files.createDirectories(mediaDir.resolve("files"));
                for (String name : names) {
                    Path from = staging.resolve(name);
                    Path to = mediaDir.resolve(name);
                    if (Files.exists(to) && Files.mismatch(from, to) == -1) {
                        outcome.record(ImportOutcome.Item.MEDIA_FILE, ImportOutcome.Result.UNCHANGED);
                        continue;
                    }
                    boolean existed = Files.exists(to);
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    outcome.record(ImportOutcome.Item.MEDIA_FILE, existed ? ImportOutcome.Result.UPDATED : ImportOutcome.Result.CREATED);
                }
            } catch (IOException e) {
                // CASE: the rows are in; a rerun of the restore finds them unchanged and brings the files again.
                throw new UncheckedIOException("the rows are restored, but a media file could not be moved into " + mediaDir
                        + " (" + e.getMessage() + "): run the restore again once the folder can be written", e);
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
