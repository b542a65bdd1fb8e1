package org.masthead.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.masthead.importer.ImportFailed;
import tools.jackson.core.JacksonException;

/**
 * An archive opened for a restore: its manifest read and checked against the tables this version knows, every
 * entry accounted for. Rows are read one line at a time, each checked (its columns, their types, its count and
 * checksum at the end of the file), so an archive of any size streams, and anything wrong is named by its file
 * and line.
 */
final class ArchiveReader implements AutoCloseable {
    /** What a reader of rows is given: the row's values in the table's archived columns, and its line. */
    interface Rows {
        void row(Object[] row, long line);
    }

    private final ZipFile zip;
    private final Manifest manifest;
    private final Map<Table, Manifest.TableEntry> tables = new LinkedHashMap<>();
    private final List<ZipEntry> media = new ArrayList<>();

    private ArchiveReader(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens an archive and checks everything but the rows; refuses, saying why, what it cannot restore. */
    static ArchiveReader open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new ImportFailed(0, "this is not a readable ZIP archive (" + e.getMessage() + "): is it cut short?");
        }
        try {
            ArchiveReader reader = new ArchiveReader(zip, readManifest(zip));
            reader.accountForEntries();
            return reader;
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    Manifest manifest() {
        return manifest;
    }

    /** The tables the archive holds, in the order a restore writes them. */
    List<Table> tables() {
        return List.copyOf(tables.keySet());
    }

    List<ZipEntry> media() {
        return Collections.unmodifiableList(media);
    }

    /** The bytes of the table files as stored, for a progress bar. */
    long tableBytes() {
        return tables.values().stream().mapToLong(entry -> zip.getEntry(entry.file()).getCompressedSize()).sum();
    }

    /** The stored bytes of one table's file. */
    long compressedSize(Table table) {
        return zip.getEntry(tables.get(table).file()).getCompressedSize();
    }

    long mediaBytes() {
        return media.stream().mapToLong(ZipEntry::getCompressedSize).sum();
    }

    /**
     * Reads every row of a table, checking each; {@code progress} is told of the stored bytes read so far.
     *
     * @throws ImportFailed naming the file and line of the first thing wrong
     */
    void rows(Table table, Rows rows, LongConsumer progress) {
        Manifest.TableEntry entry = tables.get(table);
        ZipEntry zipEntry = zip.getEntry(entry.file());
        RowParser parser = new RowParser(table, entry.file());
        long count = 0;
        long line = 0;
        var crc = new CRC32();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream raw = zip.getInputStream(zipEntry);
                var counted = new Counting(raw);
                var checked = new CheckedInputStream(counted, crc);
                var text = new BufferedReader(new InputStreamReader(checked, decoder), 1 << 16)) {
            long size = Math.max(1, zipEntry.getSize());
            for (String next = text.readLine(); next != null; next = text.readLine()) {
                line++;
                if (next.isBlank()) {
                    continue;
                }
                rows.row(parser.parse(next, line), line);
                if (++count % 1_000 == 0) {
                    progress.accept((long) (zipEntry.getCompressedSize() * (Math.min(size, counted.read) / (double) size)));
                }
            }
        } catch (CharacterCodingException e) {
            throw new ImportFailed(0, entry.file() + " line " + (line + 1) + ": the text is not UTF-8");
        } catch (IOException e) {
            throw new ImportFailed(0, entry.file() + " cannot be read (" + e.getMessage() + "): the archive is damaged");
        }
        if (zipEntry.getCrc() != -1 && crc.getValue() != zipEntry.getCrc()) {
            throw new ImportFailed(0, entry.file() + " is damaged: its checksum does not match");
        }
        if (count != entry.rows()) {
            throw new ImportFailed(0, entry.file() + " holds " + count + " rows where the manifest says " + entry.rows()
                    + ": the archive is incomplete or was changed");
        }
        progress.accept(zipEntry.getCompressedSize());
    }

    /** Counts the bytes read through it, for a progress bar (the reader's buffer runs a little ahead). */
    private static final class Counting extends java.io.FilterInputStream {
        private long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(0, n);
            return n;
        }
    }

    InputStream open(ZipEntry entry) {
        try {
            return zip.getInputStream(entry);
        } catch (IOException e) {
            throw new ImportFailed(0, entry.getName() + " cannot be read (" + e.getMessage() + "): the archive is damaged");
        }
    }

    private static Manifest readManifest(ZipFile zip) {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new ImportFailed(0, "this ZIP archive has no " + Manifest.ENTRY + ": it is not a Masthead export");
        }
        Manifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = Manifest.JSON.readValue(in, Manifest.class);
        } catch (JacksonException e) {
            throw new ImportFailed(0, Manifest.ENTRY + " is not a manifest Masthead can read: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ImportFailed(0, Manifest.ENTRY + " cannot be read (" + e.getMessage() + "): the archive is damaged");
        }
        if (manifest == null || !Manifest.FORMAT.equals(manifest.format())) {
            throw new ImportFailed(0, Manifest.ENTRY + " does not name a Masthead export (its format is '"
                    + (manifest == null ? null : manifest.format()) + "', not '" + Manifest.FORMAT + "')");
        }
        if (manifest.version() > Manifest.VERSION) {
            throw new ImportFailed(0, "this export is in version " + manifest.version() + " of the format, made by a newer Masthead ("
                    + manifest.createdBy() + "); this one reads version " + Manifest.VERSION + ": upgrade Masthead to restore it");
        }
        if (manifest.version() < 1) {
            throw new ImportFailed(0, Manifest.ENTRY + " names no version of the format Masthead knows (" + manifest.version() + ")");
        }
        if (manifest.magazine() == null || manifest.magazine().id() == null || manifest.magazine().id().isBlank()) {
            throw new ImportFailed(0, Manifest.ENTRY + " does not say which magazine it holds (magazine.id)");
        }
        return manifest;
    }

    /** Every entry must be the manifest, a table it lists, or a media file with a safe name; nothing is left over. */
    private void accountForEntries() {
        Map<String, Manifest.TableEntry> listed = new LinkedHashMap<>();
        for (Manifest.TableEntry entry : manifest.tables()) {
            Table table = ArchiveTables.named(entry.name()).orElseThrow(() -> new ImportFailed(0, "the archive holds a table '"
                    + entry.name() + "' this version of Masthead does not know (was it made by a newer one?)"));
            if (!table.file().equals(entry.file())) {
                throw new ImportFailed(0, "the manifest puts the table " + entry.name() + " in " + entry.file() + ", not " + table.file());
            }
            checkColumns(table, entry.columns());
            if (zip.getEntry(entry.file()) == null) {
                throw new ImportFailed(0, "the archive lacks " + entry.file() + ", which its manifest lists: it is incomplete");
            }
            if (listed.put(entry.file(), entry) != null) {
                throw new ImportFailed(0, "the manifest lists the table " + entry.name() + " twice");
            }
        }
        for (Table table : ArchiveTables.ALL) {
            Manifest.TableEntry entry = listed.get(table.file());
            if (entry != null) {
                tables.put(table, entry);
            }
        }
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || name.equals(Manifest.ENTRY) || listed.containsKey(name)) {
                continue;
            }
            if (!MediaFiles.isMediaEntry(name)) {
                throw new ImportFailed(0, "the archive holds " + name + ", which a Masthead export does not: nothing outside "
                        + "the manifest, tables/ and media/ (with plain file names) is restored");
            }
            media.add(entry);
        }
        if (manifest.media() != null && manifest.media().files() != media.size()) {
            throw new ImportFailed(0, "the archive holds " + media.size() + " media files where the manifest says "
                    + manifest.media().files() + ": it is incomplete or was changed");
        }
    }

    private static void checkColumns(Table table, List<String> columns) {
        Set<String> known = new HashSet<>(table.archivedNames());
        Set<String> given = new HashSet<>(columns);
        // CASE: an archive made before a column was added lacks it; its rows restore with null there.
        table.archived().stream().filter(Column::absentAsNull).map(Column::name).filter(name -> !given.contains(name))
                .forEach(known::remove);
        if (!known.equals(given)) {
            Set<String> missing = new HashSet<>(known);
            missing.removeAll(given);
            Set<String> unknown = new HashSet<>(given);
            unknown.removeAll(known);
            throw new ImportFailed(0, "the table " + table.name() + " in the archive has other columns than this version of "
                    + "Masthead" + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing.stream().sorted().toList()))
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown.stream().sorted().toList())));
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
