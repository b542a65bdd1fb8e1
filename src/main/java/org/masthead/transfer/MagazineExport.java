package org.masthead.transfer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Handle;
import org.masthead.common.Invalid;
import org.masthead.media.MediaStorage;
import org.masthead.platform.Database;
import org.masthead.settings.Setting;
import org.masthead.settings.SettingsService;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the whole magazine into one archive (docs/EXPORT.md): every table of {@link ArchiveTables}, read in one
 * snapshot so the archive is of one moment even while the server goes on writing, then the media files. It is
 * written to a temporary file beside the one asked for and moved into place only when complete.
 */
public final class MagazineExport {
    /** Pictures and attachments already compressed: stored as they are rather than deflated again. */
    private static final Set<String> COMPRESSED = Set.of("jpg", "jpeg", "png", "gif", "webp", "zip", "gz", "mp3", "mp4", "m4a", "pdf");
    private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator("\n")
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Told as the export goes: rows and files written, of how many. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void advanced(long done, long total);
    }

    /** What was written: the file, its size, the rows of each table, the media files, and what was left out. */
    public record Summary(Path file, long bytes, Map<String, Long> rows, long mediaFiles, long mediaBytes, List<String> notes) {}

    private final Database db;
    private final SettingsService settings;
    private final MediaStorage storage;
    private final ZoneId zone;
    private final Clock clock;
    private final TableRows rows;

    public MagazineExport(Database db, SettingsService settings, MediaStorage storage, ZoneId zone, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.storage = storage;
        this.zone = zone;
        this.clock = clock;
        this.rows = new TableRows(db.dialect());
    }

    /**
     * Exports the magazine to {@code out}.
     *
     * @param replace whether an existing file there may be replaced
     * @throws Invalid when the file exists and may not be replaced, or its folder does not exist
     */
    public Summary export(Path out, boolean replace, Progress progress) {
        Path target = out.toAbsolutePath();
        if (Files.exists(target) && !replace) {
            throw new Invalid("out", target + " exists already; name another file, or add --force to replace it");
        }
        if (Files.isDirectory(target) || !Files.isDirectory(target.getParent())) {
            throw new Invalid("out", "the export is a file in an existing folder, not " + target);
        }
        String magazineId = settings.magazineId();
        List<String> notes = new ArrayList<>();
        Path partial;
        try {
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + target.getParent(), e);
        }
        try {
            Summary written = db.readSnapshot(h -> write(h, partial, magazineId, notes, progress));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(target, Files.size(target), written.rows(), written.mediaFiles(), written.mediaBytes(), notes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export " + target, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // CASE: a temporary file that cannot be removed is harmless beside a finished or failed export.
            }
        }
    }

    private Summary write(Handle h, Path file, String magazineId, List<String> notes, Progress progress) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table table : ArchiveTables.ALL) {
            counts.put(table.name(), rows.count(h, table));
        }
        List<MediaFiles.Found> media = MediaFiles.list(storage, name -> notes.add("left out " + name
                + ": not a file the media library made"));
        long mediaBytes = media.stream().mapToLong(MediaFiles.Found::size).sum();
        long total = counts.values().stream().mapToLong(Long::longValue).sum() + media.size();
        long[] done = {0};
        Instant now = clock.instant();
        try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            // Deflating took most of an export's time at the usual level; the fastest takes less than half of it, for a fifth more bytes.
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            put(zip, Manifest.ENTRY, now);
            Manifest.JSON.writeValue(new Unclosed(zip), manifest(h, magazineId, now, counts, media.size(), mediaBytes));
            zip.closeEntry();
            for (Table table : ArchiveTables.ALL) {
                put(zip, table.file(), now);
                long written = writeRows(h, table, zip, () -> progress.advanced(++done[0], total));
                zip.closeEntry();
                if (written != counts.get(table.name())) {
                    throw new IllegalStateException(table.name() + " changed while it was read (" + written + " rows, counted "
                            + counts.get(table.name()) + ")");
                }
            }
            for (MediaFiles.Found found : media) {
                writeFile(zip, found, now, storage);
                progress.advanced(++done[0], total);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
        return new Summary(file, 0, counts, media.size(), mediaBytes, notes);
    }

    private long writeRows(Handle h, Table table, OutputStream out, Runnable wrote) {
        List<Column> columns = table.archived();
        long[] count = {0};
        try (JsonGenerator json = JSON.createGenerator(out)) {
            rows.each(h, table, row -> {
                json.writeStartObject();
                for (int i = 0; i < row.length; i++) {
                    json.writeName(columns.get(i).name());
                    columns.get(i).type().write(json, row[i]);
                }
                json.writeEndObject();
                count[0]++;
                wrote.run();
            });
            if (count[0] > 0) {
                json.writeRaw('\n');
            }
        }
        return count[0];
    }

    private Manifest manifest(Handle h, String magazineId, Instant now, Map<String, Long> counts, long files, long bytes) {
        String title = h.createQuery("SELECT value FROM settings WHERE key = :key").bind("key", Setting.SITE_TITLE.key())
                .mapTo(String.class).findOne().orElse(Setting.SITE_TITLE.defaultValue());
        String schema = h.createQuery("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC")
                .mapTo(String.class).findFirst().orElse("");
        String version = MagazineExport.class.getPackage().getImplementationVersion();
        List<Manifest.TableEntry> tables = ArchiveTables.ALL.stream().map(table -> new Manifest.TableEntry(table.name(),
                table.file(), counts.get(table.name()), table.archivedNames())).toList();
        return new Manifest(Manifest.FORMAT, Manifest.VERSION, "Masthead " + (version == null ? "(development build)" : version),
                schema, now.toString(), new Manifest.Magazine(magazineId, title, zone.getId(), db.dialect().name()),
                tables, new Manifest.Media(files, bytes));
    }

    private static void put(ZipOutputStream zip, String name, Instant at) throws IOException {
        var entry = new ZipEntry(name);
        entry.setTime(at.toEpochMilli());
        zip.putNextEntry(entry);
    }

    /**
     * A media file: stored as it is when already compressed (its checksum read first, so it is read twice), deflated
     * otherwise.
     */
    private static void writeFile(ZipOutputStream zip, MediaFiles.Found found, Instant at, MediaStorage media) throws IOException {
        var entry = new ZipEntry(found.entry());
        entry.setTime(at.toEpochMilli());
        String name = found.entry();
        if (COMPRESSED.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT))) {
            var crc = new CRC32();
            long size = 0;
            try (var file = opened(media, found); InputStream in = file.content()) {
                byte[] buffer = new byte[1 << 16];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    crc.update(buffer, 0, n);
                    size += n;
                }
            }
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(size);
            entry.setCompressedSize(size);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        try (var file = opened(media, found)) {
            file.content().transferTo(zip);
        }
        zip.closeEntry();
    }

    private static MediaStorage.Stored opened(MediaStorage media, MediaFiles.Found found) {
        // CASE: a file removed since it was listed (none is, but a hand in the folder may): the export stops, named.
        return media.open(found.name()).orElseThrow(() -> new IllegalStateException(found.entry()
                + " went away while the magazine was exported"));
    }

    /** The ZIP stream, to a writer that would close it after the manifest. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
