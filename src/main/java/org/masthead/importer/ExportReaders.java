package org.masthead.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** Opens the reader for each kind of export file; each reader checks the file's start before anything is written. */
final class ExportReaders {
    /** The entry every Masthead export starts with. */
    static final String MANIFEST = "manifest.json";

    private ExportReaders() {}

    static ImportSource wordpress(Path file, Path uploadsDir) {
        return org.masthead.importer.wordpress.WxrSource.open(file, uploadsDir);
    }

    /** A Ghost export; {@code imagesDir} is its content/images folder and {@code siteUrl} its address, either may be null. */
    static ImportSource ghost(Path file, Path imagesDir, String siteUrl) {
        return org.masthead.importer.ghost.GhostSource.open(file, imagesDir, siteUrl);
    }

    static boolean isMastheadArchive(Path file) {
        return zipFormat(file) == ImportFormat.MASTHEAD_EXPORT;
    }

    /**
     * What a file that starts as a ZIP archive is. One that cannot be opened (its directory, at the end, is
     * missing or broken) is still told apart by its first entry's name, so a Masthead export cut short in copying
     * is named as such rather than as some other archive.
     */
    static ImportFormat zipFormat(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(MANIFEST) != null ? ImportFormat.MASTHEAD_EXPORT : ImportFormat.OTHER_ZIP;
        } catch (IOException unreadable) {
            return MANIFEST.equals(firstEntryName(file)) ? ImportFormat.DAMAGED_EXPORT : ImportFormat.DAMAGED_ZIP;
        }
    }

    /** The name in the first local header of a ZIP archive (its length at offset 26, the name from 30), or null. */
    private static String firstEntryName(Path file) {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(30 + 256);
            if (head.length < 30) {
                return null;
            }
            int length = (head[26] & 0xff) | (head[27] & 0xff) << 8;
            return head.length < 30 + length ? null
                    : new String(head, 30, length, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
