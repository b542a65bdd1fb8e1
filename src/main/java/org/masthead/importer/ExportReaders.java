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
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(MANIFEST) != null;
        } catch (IOException notAZip) {
            return false;
        }
    }
}
