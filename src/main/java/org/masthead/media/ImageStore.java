package org.masthead.media;

import java.util.Optional;

interface ImageStore {
    long insert(NewImage image);

    void update(long id, NewImage image);

    Optional<Image> find(long id);

    long insertUploaded(String fileName, String originalName, ImageDetails details, int width, int height,
            java.util.List<Integer> variants, String mediaType, long byteSize, Long uploadedBy, boolean webp);

    void describe(long id, ImageDetails details);

    /** Sets the picture's focal point; null for its centre. */
    void focus(long id, FocalPoint point);

    /** How many published or scheduled articles lead with the picture. */
    int leadsGoingOut(long id);

    /** Newest first, one more than the page holds. */
    java.util.List<Image> newestFirst(org.masthead.common.PageRequest page);
}
