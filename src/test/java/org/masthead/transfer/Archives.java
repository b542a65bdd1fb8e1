package org.masthead.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.masthead.boot.Masthead;

/** Archives for tests: a good one changed entry by entry, and what a magazine holds, read back through an export. */
final class Archives {
    private Archives() {}

    /** A copy of an archive with some entries' text changed, and others added (null content removes an entry). */
    static Path rewrite(Path from, Path to, Map<String, UnaryOperator<String>> edits, Map<String, byte[]> added) {
        try (var zip = new ZipFile(from.toFile()); var out = new ZipOutputStream(Files.newOutputStream(to))) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] content = zip.getInputStream(entry).readAllBytes();
                UnaryOperator<String> edit = edits.get(entry.getName());
                if (edit != null) {
                    String text = edit.apply(new String(content, StandardCharsets.UTF_8));
                    if (text == null) {
                        continue;
                    }
                    content = text.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            for (var entry : added.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Every entry of an archive but its manifest (which says when it was made), by name. */
    static Map<String, byte[]> contents(Path archive) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (var zip = new ZipFile(archive.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().equals("manifest.json")) {
                    contents.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    /** What a magazine holds, rows and media files, as its export has it; each entry's text. */
    static Map<String, String> heldBy(Masthead magazine, Path scratch) {
        Path archive = scratch.resolve("held-" + System.nanoTime() + ".zip");
        magazine.export().export(archive, false, MagazineExport.Progress.NONE);
        Map<String, String> held = new LinkedHashMap<>();
        contents(archive).forEach((name, bytes) -> held.put(name, new String(bytes, StandardCharsets.ISO_8859_1)));
        return held;
    }
}
