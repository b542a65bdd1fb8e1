package org.masthead.media;

/** What is needed to add an image: the picture (a stored file name or an address, or neither) and its credit. */
public record NewImage(String fileName, String sourceUrl, String alt, String caption, CreditKind creditKind,
        String creditName, String creditUrl, Licence licence, Integer width, Integer height) {

    /** An image known only by its credit line, as a saved page gives it. */
    public static NewImage creditOnly(String creditName, Licence licence) {
        return new NewImage(null, null, "", "", CreditKind.PHOTO, creditName, null, licence, null, null);
    }
}
