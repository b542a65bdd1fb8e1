package org.masthead.media;

/** What the newsroom says about a picture: alt text, caption, credit (with its link) and licence. */
public record ImageDetails(String alt, String caption, CreditKind creditKind, String creditName, String creditUrl,
        Licence licence) {
    public ImageDetails {
        alt = alt == null ? "" : alt.strip();
        caption = caption == null ? "" : caption.strip();
        creditName = creditName == null ? "" : creditName.strip();
        creditUrl = creditUrl == null || creditUrl.isBlank() ? null : creditUrl.strip();
    }
}
