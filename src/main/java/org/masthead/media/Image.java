package org.masthead.media;

import java.util.Optional;

/**
 * A picture with its attribution. The picture itself is a file in the data directory's media folder or an
 * address elsewhere, and may be missing (an import that knew the credit but not the picture).
 */
public record Image(long id, String fileName, String sourceUrl, String alt, String caption, CreditKind creditKind,
        String creditName, String creditUrl, Licence licence, Integer width, Integer height) {

    /** Where a browser loads the picture from, if there is a picture. */
    public Optional<String> src() {
        if (fileName != null) {
            return Optional.of(MediaService.PUBLIC_PATH + fileName);
        }
        return Optional.ofNullable(sourceUrl);
    }

    public boolean hasCredit() {
        return !creditName.isBlank();
    }
}
