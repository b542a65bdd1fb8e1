package org.masthead.boot;

import java.nio.file.Path;
import org.masthead.media.LocalMediaStorage;
import org.masthead.media.MediaStorage;
import org.masthead.media.S3MediaStorage;
import org.masthead.platform.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the magazine keeps its pictures and attachments, as the configuration says: its data directory or a bucket. */
final class MediaPlace {
    private static final Logger log = LoggerFactory.getLogger(MediaPlace.class);

    private MediaPlace() {}

    static MediaStorage open(Config config) {
        if (config.mediaBucket().isPresent()) {
            Config.MediaBucket bucket = config.mediaBucket().get();
            // Says where, never with which keys.
            log.info("Media: pictures and attachments in {}", bucket.describe());
            return S3MediaStorage.open(bucket);
        }
        return new LocalMediaStorage(folder(config));
    }

    /** The data directory's media folder: the files themselves, or with a bucket only a restore's files on their way there. */
    static Path folder(Config config) {
        return config.dataDir().resolve("media");
    }
}
