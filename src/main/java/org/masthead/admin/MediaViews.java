package org.masthead.admin;

import java.util.List;
import org.masthead.media.Image;

/** The typed views of the media library. */
public final class MediaViews {
    private MediaViews() {}

    /** An option of a list: the value sent, and the words shown. */
    public record Choice(String value, String label) {}

    /** The library; {@code forArticle} is set when a lead image is being chosen for that article. */
    public record Library(List<Image> images, FormState upload, List<Choice> licences, String forArticle, String newerPath,
            String olderPath) {}

    public record Picture(Image image, FormState form, List<Choice> licences, String notice) {
        /** A focal point's number as its input holds it: null (empty) unless a whole number was given. */
        public String focal(String axis) {
            String value = form.value(axis).strip();
            return value.matches("\\d{1,3}") ? value : null;
        }
    }
}
