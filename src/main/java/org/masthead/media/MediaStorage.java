package org.masthead.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the bytes of pictures and attachments are kept: the data directory's {@code media} folder ({@link
 * LocalMediaStorage}, the default) or a bucket of S3-compatible object storage ({@link S3MediaStorage}), so several
 * servers can share one. The database says which files there are; this holds their content. Names are those the
 * media library makes: {@code NAME} for a picture and its copies, {@code files/NAME} for an attachment.
 *
 * <p>A store that cannot be reached throws {@link org.masthead.common.Unavailable}, which a reader or an editor sees
 * as "the picture store is unavailable" (a 503), never as a stack trace.
 */
public interface MediaStorage extends AutoCloseable {
    /** The folder inside the store that holds attachments. */
    String FILES = "files/";

    /** A stored file opened for reading: its content (close it), its size and when it was stored. */
    record Stored(InputStream content, long size, Instant modified) implements AutoCloseable {
        @Override
        public void close() {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A file the store holds, by its name, and its size. */
    record Listed(String name, long size) {}

    /** Stores the content under the name, replacing what was there. */
    void put(String name, byte[] content);

    /**
     * Stores the content under the name only if no file has it, in one step, so two servers choosing a name at once
     * never overwrite each other's file; whether it was stored (false: the name is taken).
     */
    boolean putNew(String name, byte[] content);

    /** Stores a file's content under the name; the file itself may be moved away (the local store moves it). */
    void putFile(String name, Path file);

    /** The file of that name; empty when there is none. */
    Optional<Stored> open(String name);

    boolean exists(String name);

    /** The size of the file of that name, without reading it; empty when there is none. */
    default java.util.OptionalLong size(String name) {
        try (var file = open(name).orElse(null)) {
            return file == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(file.size());
        }
    }

    /** Removes the file of that name, if there is one. */
    void delete(String name);

    /** Every file held, pictures first then {@code files/...}, each in name order; {@code others} is told of anything else there. */
    List<Listed> list(Consumer<String> others);

    /** Where the files are, for logs and messages: never a secret. */
    String describe();

    /** Lets go of any connection the store holds. */
    @Override
    default void close() {}

    /** The content type a file is stored with, from its name's extension. */
    static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (extension) {
            case "jpg", "jpeg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "avif" -> "image/avif";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }
}
