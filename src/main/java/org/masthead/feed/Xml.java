package org.masthead.feed;

import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.License;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** What the two XML formats share: Rome's output as UTF-8, and a picture with its credit in Media RSS. */
final class Xml {
    private Xml() {}

    static byte[] write(WireFeed feed) {
        feed.setEncoding("UTF-8");
        try {
            return new WireFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("a feed Rome cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * media:content for the picture, with media:credit (and its role), media:license and the caption; null
     * for a picture elsewhere whose address is not a URI.
     */
    static MediaEntryModuleImpl media(FeedEntry.Picture picture) {
        URI url;
        try {
            url = URI.create(picture.url());
        } catch (IllegalArgumentException e) {
            return null;
        }
        MediaContent content = new MediaContent(new UrlReference(url));
        content.setMedium("image");
        content.setType(picture.mediaType());
        content.setFileSize(picture.length() > 0 ? picture.length() : null);
        content.setWidth(picture.width());
        content.setHeight(picture.height());
        Metadata metadata = new Metadata();
        if (!picture.credit().isEmpty()) {
            String role = switch (picture.creditWord()) {
                case "Photo" -> "photographer";
                case "Illustration" -> "illustrator";
                default -> null;
            };
            metadata.setCredits(new Credit[] {new Credit("urn:ebu", role, picture.creditName())});
        }
        if (picture.licence() != null) {
            License licence = new License();
            licence.setValue(picture.licence());
            licence.setType("text/html");
            if (picture.licenceUrl() != null) {
                try {
                    licence.setHref(URI.create(picture.licenceUrl()).toURL());
                } catch (MalformedURLException | IllegalArgumentException e) {
                    // The deeds are fixed addresses we know; a bad one is left out rather than fail the feed.
                }
            }
            metadata.setLicenses(new License[] {licence});
        }
        if (!picture.caption().isBlank()) {
            metadata.setDescription(org.masthead.media.CaptionLinks.text(picture.caption()));
        }
        content.setMetadata(metadata);
        MediaEntryModuleImpl media = new MediaEntryModuleImpl();
        media.setMediaContents(new MediaContent[] {content});
        return media;
    }
}
