package org.masthead.media;

import java.util.Optional;

interface ImageStore {
    long insert(NewImage image);

    void update(long id, NewImage image);

    Optional<Image> find(long id);
}
