package org.masthead.boot;

import java.nio.file.Path;
import org.masthead.media.LocalMediaStorage;
import org.masthead.media.MediaStorage;
import org.masthead.platform.Config;

/** Where the magazine keeps its pictures and attachments, as the configuration says: its data directory or a bucket. */
final class MediaPlace {
    private MediaPlace() {}

    static MediaStorage open(Config config) {
        return new LocalMediaStorage(folder(config));
    }

    /** The data directory's media folder: the files themselves. */
    static Path folder(Config config) {
        return config.dataDir().resolve("media");
    }
}
