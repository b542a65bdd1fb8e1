package org.masthead.media;

import java.time.Clock;
import org.masthead.platform.Database;

/**
 * The media library's storage: pictures and attachments, opened once by the composition root and handed to {@link
 * MediaService}: a service never opens its own. The stores stay package-private; a test of the rules may give a
 * service one in memory.
 */
public final class MediaStores {
    final ImageStore images;
    final AttachmentStore attachments;

    MediaStores(ImageStore images, AttachmentStore attachments) {
        this.images = images;
        this.attachments = attachments;
    }

    /** The stores over this database's tables. */
    public static MediaStores sql(Database db, Clock clock) {
        return new MediaStores(new SqlImageStore(db, clock), new AttachmentStore(db, clock));
    }
}
