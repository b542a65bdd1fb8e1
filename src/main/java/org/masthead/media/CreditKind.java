package org.masthead.media;

/** What an image is, for the words before its credit: "Photo by", "Illustration by", "Image by". */
public enum CreditKind {
    PHOTO("Photo"),
    ILLUSTRATION("Illustration"),
    IMAGE("Image");

    private final String word;

    CreditKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static CreditKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
