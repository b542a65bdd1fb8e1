package org.masthead.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.masthead.common.Actor;
import org.masthead.common.PageRequest;
import org.masthead.common.Role;
import org.masthead.media.Image;
import org.masthead.media.MediaService;

/**
 * The editor's lead picture: thumbnails to choose it from (no number to know), and, while the chosen one lacks its alt
 * text, credit or licence, their fields in the article's own form, saved with it, so the writer need not leave.
 */
final class LeadPictures {
    /** The picture's fields, named as on its own screen; no article field has these names. */
    static final String[] FIELDS = {"alt", "caption", "kind", "credit", "creditUrl", "licence"};
    private static final int OFFERED = 12;

    private final MediaService media;

    LeadPictures(MediaService media) {
        this.media = media;
    }

    /** The pictures offered, the chosen one first, and the chosen one's credit form when it needs one. */
    ArticleViews.LeadPicker offer(Actor actor, FormState form) {
        Optional<Image> chosen = media.findOptional(chosen(form.values()));
        List<Image> offered = new ArrayList<>();
        chosen.ifPresent(offered::add);
        media.library(new PageRequest(1, OFFERED)).items().stream()
                .filter(image -> chosen.isEmpty() || image.id() != chosen.get().id())
                .limit(OFFERED - offered.size()).forEach(offered::add);
        boolean refused = Stream.of(FIELDS).anyMatch(field -> form.error(field) != null);
        if (chosen.isEmpty() || !mayDescribe(actor, chosen.get()) || (chosen.get().isAttributed() && !refused)) {
            return new ArticleViews.LeadPicker(offered, null, MediaScreens.licences());
        }
        FormState credit = form;
        if (!form.values().containsKey("credit")) {
            var values = new HashMap<>(form.values());
            values.putAll(MediaScreens.values(chosen.get()));
            credit = new FormState(values, form.errors(), form.message());
        }
        return new ArticleViews.LeadPicker(offered, credit, MediaScreens.licences());
    }

    /** Saves the chosen picture's credit when the form carried it (its fields are there only while it lacks one). */
    void describe(Actor actor, Map<String, String> values) {
        Long chosen = chosen(values);
        if (chosen != null && values.containsKey("credit")) {
            media.describe(actor, chosen, MediaScreens.details(values));
        }
    }

    private static boolean mayDescribe(Actor actor, Image image) {
        return actor.atLeast(Role.EDITOR) || (actor.userId() != null && actor.userId().equals(image.uploadedBy()));
    }

    private static Long chosen(Map<String, String> values) {
        String image = values.getOrDefault("image", "").strip();
        return image.matches("\\d{1,18}") ? Long.valueOf(image) : null;
    }
}
