package org.masthead.importer;

/** Told as an import reads its file, for a progress bar: how far through the file it is, in bytes. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total) -> { };

    void advanced(long bytesDone, long bytesTotal);
}
