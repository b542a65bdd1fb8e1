package org.masthead.site;

/**
 * An article's lead image as shown: the picture (src null when only the credit is known; {@code webpSrcset} null
 * when it has no WebP copies, as pictures stored before them have not), its caption, and
 * the credit line "Photo by NAME | LICENCE" with the name linked to its source and the licence to its deed.
 */
public record LeadImage(String src, String srcset, String webpSrcset, String alt, Integer width, Integer height, String caption,
        String creditWord, String creditName, String creditUrl, String licenceLabel, String licenceUrl) {
    /** The caption as HTML, its links made links (see {@link org.masthead.media.CaptionLinks}). */
    public String captionHtml() {
        return org.masthead.media.CaptionLinks.html(caption);
    }

    /** Whether anyone is credited: a picture nobody is named for gets no "Photo by" line of nobody. */
    public boolean hasCredit() {
        return creditName != null && !creditName.isBlank();
    }
}
