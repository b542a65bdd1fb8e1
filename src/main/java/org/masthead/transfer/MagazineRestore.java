package org.masthead.transfer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.masthead.common.Actor;
import org.masthead.audit.AuditLog;
import org.masthead.importer.ImportFailed;
import org.masthead.importer.ImportOutcome;
import org.masthead.importer.ImportProgress;
import org.masthead.importer.ImportService;
import org.masthead.media.MediaStorage;
import org.masthead.platform.Database;
import org.masthead.search.RebuildRequests;
import org.masthead.settings.SettingsService;

/**
 * Restores an archive written by {@link MagazineExport}: into an empty magazine (a new data directory, on
 * SQLite or PostgreSQL), or into the magazine it came from again, which it updates in place. The manifest and
 * every entry are checked first, and every media file's checksum as it is copied beside the media folder; the
 * rows then go in in one transaction, each checked as it is read (columns, types, repeated keys) and keeping its
 * id, slug and times, and the media files are put where they are kept (the media folder or a bucket) once it commits. An archive refused at any point
 * leaves the magazine as it was.
 */
public final class MagazineRestore implements ImportService.ArchiveRestore {
    private final Database db;
    private final SettingsService settings;
    private final AuditLog audit;
    private final RebuildRequests search;
    private final MediaStorage media;
    private final Path stagingDir;
    private final ZoneId zone;
    private final Clock clock;
    private final TableRows rows;

    /** {@code stagingDir}: a folder of the data directory, the local store's own folder, where media files wait for the rows. */
    public MagazineRestore(Database db, SettingsService settings, AuditLog audit, RebuildRequests search, MediaStorage media,
            Path stagingDir, ZoneId zone, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.audit = audit;
        this.search = search;
        this.media = media;
        this.stagingDir = stagingDir;
        this.zone = zone;
        this.clock = clock;
        this.rows = new TableRows(db.dialect());
    }

    /**
     * Checks what can be checked of an archive without reading it through: that it opens, that its manifest is
     * one this version reads, and that every entry is accounted for. For the command line, before it opens a
     * magazine.
     *
     * @throws ImportFailed saying what is wrong
     */
    public static void checkArchive(Path file) {
        try (ArchiveReader ignored = ArchiveReader.open(file)) {
            // Opening checks the manifest and the entries.
        }
    }

    /** Checks the whole archive, every row of it, without touching any magazine. */
    @Override
    public void check(Path file) {
        try (ArchiveReader archive = ArchiveReader.open(file)) {
            for (Table table : archive.tables()) {
                KeySet keys = new KeySet();
                archive.rows(table, (row, line) -> {
                    if (!keys.add(table.keyOf(row))) {
                        throw new ImportFailed(0, table.file() + " line " + line + ": a row with the key " + table.keyOf(row)
                                + " came before");
                    }
                }, done -> { });
                if (keys.hasRepeatedIds()) {
                    throw new ImportFailed(0, table.file() + " gives the same id to two rows");
                }
            }
        }
    }

    @Override
    public ImportOutcome restore(Path file, ImportProgress progress) {
        try (ArchiveReader archive = ArchiveReader.open(file)) {
            Manifest manifest = archive.manifest();
            boolean empty = db.read(h -> isEmpty(h, manifest));
            long tables = archive.tableBytes();
            long total = tables + archive.mediaBytes();
            ImportOutcome outcome = new ImportOutcome("an export of " + manifest.magazine().title() + " made " + when(manifest));
            try (var staged = MediaFiles.Staged.from(archive, media, stagingDir, done -> progress.advanced(done, total))) {
                long before = archive.mediaBytes();
                var writer = new RowRestore(rows, empty, outcome);
                db.write(h -> {
                    if (isEmpty(h, manifest) != empty) {
                        throw new ImportFailed(0, "the magazine changed while the archive was being checked; run the restore again");
                    }
                    writer.apply(h, archive, done -> progress.advanced(before + done, total));
                    if (!outcome.changedNothing() || writer.removed() > 0) {
                        search.request(clock.instant());
                        settings.markRestored(clock.instant());
                        audit.record(Actor.system("restore"), "magazine.restored", "magazine", null,
                                outcome.lines().getFirst());
                    }
                    return null;
                });
                settings.reload();
                staged.moveIntoPlace(outcome);
            }
            progress.advanced(total, total);
            addNotes(outcome, manifest, empty);
            return outcome;
        }
    }

    /**
     * Whether the magazine holds none of the rows an archive holds (settings aside: a new magazine has some). A
     * magazine that holds some may only be the one the archive was exported from, or restored from it before.
     *
     * @throws ImportFailed when the magazine holds another magazine's content, saying what it holds
     */
    private boolean isEmpty(Handle h, Manifest manifest) {
        List<Table> content = ArchiveTables.ALL.stream().filter(table -> !table.name().equals("settings")).toList();
        List<String> holding = rows.holding(h, content);
        if (holding.isEmpty()) {
            return true;
        }
        String id = h.createQuery("SELECT value FROM settings WHERE key = :key").bind("key", SettingsService.MAGAZINE_ID)
                .mapTo(String.class).findOne().orElse(null);
        if (manifest.magazine().id().equals(id)) {
            return false;
        }
        throw new ImportFailed(0, "this magazine already holds " + String.join(", ", holding)
                + (id == null ? "" : " of another magazine") + ". An export is restored into an empty magazine (a new data "
                + "directory or database, before its first serve or after `serve --no-demo`), or again into the magazine it "
                + "was restored into");
    }

    private static String when(Manifest manifest) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC)
                    .format(java.time.Instant.parse(manifest.exportedAt()));
        } catch (RuntimeException e) {
            return String.valueOf(manifest.exportedAt());
        }
    }

    private void addNotes(ImportOutcome outcome, Manifest manifest, boolean empty) {
        int people = outcome.count(ImportOutcome.Item.PERSON, ImportOutcome.Result.CREATED);
        if (people > 0) {
            outcome.note(people + (people == 1 ? " person was" : " people were") + " restored without a password (an export "
                    + "never holds one): each signs in after `user password --data DIR --email ADDRESS`, or with a link from "
                    + "\"Forgotten your password?\" once mail is set up; two-factor sign-in is set up again too");
        }
        if (empty) {
            outcome.note("secrets are not in an export: set mail.password again if the magazine sends mail, and make new "
                    + "API keys with `apikey create`");
        }
        if (manifest.magazine().timezone() != null && !manifest.magazine().timezone().equals(zone.getId())) {
            outcome.note("the magazine was exported with the time zone " + manifest.magazine().timezone() + "; this one runs in "
                    + zone.getId() + ", so times show differently: set timezone to " + manifest.magazine().timezone()
                    + " to keep them");
        }
        if (!outcome.changedNothing()) {
            outcome.note("the server builds the search index again: at its next start, or within half a minute if it is running");
        }
    }
}
