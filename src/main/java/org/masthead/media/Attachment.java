package org.masthead.media;

/**
 * A file an article links to that is not a picture (a PDF, a recording), kept under {@code DATA/media/files/}
 * or, when its file could not be brought along, known only by the address it had.
 */
public record Attachment(long id, String fileName, String sourceUrl, String title, String mediaType, long byteSize) {
    public static final String PUBLIC_PATH = MediaService.PUBLIC_PATH + "files/";

    /** Where readers fetch it: its copy here, or the address it had. */
    public String url() {
        return fileName != null ? PUBLIC_PATH + fileName : sourceUrl;
    }
}
