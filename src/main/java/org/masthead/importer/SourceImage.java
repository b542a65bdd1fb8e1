package org.masthead.importer;

import java.nio.file.Path;
import org.masthead.media.CreditKind;
import org.masthead.media.Licence;

/**
 * A picture an export names: a WordPress attachment, a Ghost feature or profile image. Its file is copied into
 * the media library when it can be read from disk ({@code localFile}); else the picture is kept by its address.
 *
 * @param key        unique within the source (an attachment id, or the picture's address)
 * @param url        the address it had; may be null when only a local file is known
 * @param localFile  the file on this machine, or null
 * @param licence    null when the export does not say (kept as all rights reserved, as the law has it)
 */
public record SourceImage(String key, String url, Path localFile, String alt, String caption, CreditKind creditKind,
        String creditName, String creditUrl, Licence licence, String title) {
    public SourceImage {
        alt = alt == null ? "" : alt.strip();
        caption = caption == null ? "" : caption.strip();
        creditKind = creditKind == null ? CreditKind.PHOTO : creditKind;
        creditName = creditName == null ? "" : creditName.strip();
        title = title == null ? "" : title.strip();
    }

    public String label() {
        return "image " + key + (title.isEmpty() ? "" : " “" + title + "”");
    }
}
