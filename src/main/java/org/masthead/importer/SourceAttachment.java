package org.masthead.importer;

import java.nio.file.Path;

/**
 * A file an export names that is not a picture (a PDF, a recording), copied when it can be read from disk.
 *
 * @param key        unique within the source
 * @param url        the address it had; may be null when only a local file is known
 * @param localFile  the file on this machine, or null
 */
public record SourceAttachment(String key, String url, Path localFile, String title, String mediaType) {
    public SourceAttachment {
        title = title == null ? "" : title.strip();
        mediaType = mediaType == null ? "" : mediaType.strip();
    }

    public String label() {
        return "attachment " + key + (title.isEmpty() ? "" : " “" + title + "”");
    }
}
