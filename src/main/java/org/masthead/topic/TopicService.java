package org.masthead.topic;

import java.util.List;
import org.masthead.common.Invalid;
import org.masthead.common.Slugs;

/** Topics, found by the slug of their name and created on first use. */
public final class TopicService {
    private final TopicStore store;

    public TopicService(TopicStores stores) {
        this.store = stores.topics;
    }

    public Topic findOrCreate(String name) {
        String clean = org.masthead.common.Names.clean(name);
        return store.upsert(slugOf(clean, name), clean);
    }

    /** The topic {@link #findOrCreate} would find for this name, if the magazine has one. */
    public java.util.Optional<Topic> findByName(String name) {
        return store.findBySlug(slugOf(org.masthead.common.Names.clean(name), name));
    }

    private static String slugOf(String clean, String name) {
        String slug = Slugs.of(clean);
        if (slug.isEmpty() && clean.codePoints().anyMatch(Character::isLetter)) {
            // CASE: a name in a script slugs cannot spell (远征手记, a WordPress category) still makes a topic,
            // under a slug of its own that the same name always gets.
            slug = "topic-" + unspellable(clean);
        }
        if (slug.isEmpty() || clean.length() > 100) {
            throw new Invalid("a topic needs a name of 1 to 100 characters with letters in it, not '" + name + "'");
        }
        return slug;
    }

    private static String unspellable(String name) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The topics of an article, in the order the editor gave them. */
    public List<Topic> ofArticle(long articleId) {
        return store.ofArticle(articleId);
    }

    public Topic find(long id) {
        return store.find(id).orElseThrow(() -> new org.masthead.common.NotFound("no topic " + id));
    }

    public Topic findBySlug(String slug) {
        return store.findBySlug(slug).orElseThrow(() -> new org.masthead.common.NotFound("no topic " + slug));
    }

    /**
     * Gives a topic a description (plain text, for its page and the APIs) and the broader topic it sits
     * under, as a WordPress category can; a topic is never its own parent, nor its parent's.
     */
    public Topic describe(Topic topic, String description, Long parentId) {
        String text = description == null ? "" : description.strip();
        if (text.length() > 2000) {
            throw new Invalid("a topic's description is at most 2,000 characters");
        }
        Long parent = parentId;
        int depth = 0;
        for (Long up = parentId; up != null && depth++ < 100; up = store.parentOf(up).orElse(null)) {
            if (up == topic.id()) {
                parent = null;
                break;
            }
        }
        store.describe(topic.id(), text, parent);
        return new Topic(topic.id(), topic.slug(), topic.name(), text);
    }

    /** The broader topic this one sits under, if any. */
    public java.util.Optional<Long> parentOf(long topicId) {
        return store.parentOf(topicId);
    }

    /** Which of these slugs are topics the magazine has. */
    public java.util.Set<String> existingSlugs(List<String> slugs) {
        return store.existingSlugs(slugs.stream().filter(s -> !s.isEmpty()).distinct().toList());
    }
}
