package org.masthead.importer;

/**
 * A reader of one export file (WordPress, Ghost): it streams the file and sends each item it reads to the sink,
 * reporting progress as it goes. What it cannot read it reports to the sink as a failure and reads on where
 * the format allows; a file it cannot read at all throws {@link ImportFailed} before sending anything.
 */
public interface ImportSource {
    /** What is imported, for the report: "a WordPress export (WXR) of https://example.org". */
    String description();

    /**
     * The namespace of this file's item keys: the same for every export of one site (its address, its database
     * id), so that importing a newer export of the same site updates what an older one made.
     */
    String namespace();

    /**
     * The namespace an earlier version of Masthead gave this file's items, when it differs: what was imported
     * under it is taken over, so a rerun updates it instead of importing it twice.
     */
    default String formerNamespace() {
        return namespace();
    }

    /**
     * The name and tagline the exported site gave itself, for a magazine that has none of its own yet; empty
     * strings where the export does not say.
     */
    default SiteName site() {
        return SiteName.NONE;
    }

    /**
     * Whether a post's key is the id the exported site's APIs gave it (a Ghost post's id): the article then
     * keeps it as its own API id, so a front end that stored it keeps finding the post.
     */
    default boolean postKeysAreApiIds() {
        return false;
    }

    void readInto(ImportSink sink, ImportProgress progress);

    /** A site's name and tagline, as its export gives them (plain text; either may be empty). */
    record SiteName(String title, String tagline) {
        public static final SiteName NONE = new SiteName("", "");

        public SiteName {
            title = title == null ? "" : title.strip();
            tagline = tagline == null ? "" : tagline.strip();
        }
    }
}
