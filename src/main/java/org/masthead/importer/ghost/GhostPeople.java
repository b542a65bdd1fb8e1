package org.masthead.importer.ghost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.author.AuthorProfile;
import org.masthead.common.Names;
import org.masthead.common.Slugs;
import org.masthead.importer.ImportOutcome.Item;
import org.masthead.importer.ImportSink;
import org.masthead.importer.SourceAuthor;
import org.masthead.importer.SourceImage;
import tools.jackson.databind.JsonNode;

/**
 * Ghost's users as the magazine's authors (staff users are the people with bylines there), with their bios,
 * accounts and profile pictures; and which user stands for the site, for posts whose author is missing.
 */
final class GhostPeople {
    private final GhostMedia media;
    /** Every user key read, mapped to the key the author was sent under (two rows of one slug are one person). */
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, String> slugs = new HashMap<>();
    private String owner;

    GhostPeople(GhostMedia media) {
        this.media = media;
    }

    /** Sends every user (their picture first), once per person, and works out the owner. */
    void send(GhostIndex index, ImportSink sink) {
        Map<String, JsonNode> users = new LinkedHashMap<>();
        for (JsonNode row : index.table("users")) {
            String key = GhostRows.userKey(row);
            if (key == null) {
                sink.failed(Item.AUTHOR, "a user", "it has no id, name, slug or email");
            } else {
                users.putIfAbsent(key, row);
            }
        }
        index.embeddedUsers.forEach(users::putIfAbsent);
        Map<String, String> bySlug = new HashMap<>();
        for (Map.Entry<String, JsonNode> user : users.entrySet()) {
            String key = user.getKey();
            JsonNode row = user.getValue();
            String name = name(row);
            if (name == null) {
                sink.failed(Item.AUTHOR, "author " + key, "it has neither a name nor a slug with letters in it");
                continue;
            }
            String slug = GhostJson.clean(row, "slug");
            String same = bySlug.get(slug != null ? slug : Slugs.of(name));
            if (same != null) {
                keys.put(key, same);
                sink.skipped(Item.AUTHOR, "author " + key + " “" + name + "”", "the export lists this person twice (as "
                        + same + " too); their posts are credited to one author");
                continue;
            }
            bySlug.put(slug != null ? slug : Slugs.of(name), key);
            sink.author(new SourceAuthor(key, name, slug, GhostJson.clean(row, "bio"), profile(key, name, row, sink),
                    picture(key, name, row, sink)));
            keys.put(key, key);
            slugs.put(key, slug != null ? slug : Slugs.of(name));
        }
        owner = owner(index, sink);
    }

    /** The key a user is known by here, or null when the export does not list them. */
    String key(String userId) {
        return userId == null ? null : keys.get(userId);
    }

    String slug(String key) {
        return slugs.get(key);
    }

    /** The site's owner (else an administrator, else the first user), who is credited when a post's author is missing. */
    String owner() {
        return owner;
    }

    private static String name(JsonNode row) {
        for (String field : new String[] {"name", "slug", "email"}) {
            String value = GhostJson.clean(row, field);
            if (value != null && field.equals("email")) {
                value = value.substring(0, Math.max(0, value.indexOf('@')));
            }
            if (value != null && !Slugs.of(value).isEmpty()) {
                return Names.clean(value);
            }
        }
        return null;
    }

    /** What Masthead can keep of the profile; a value it cannot is left out with a remark, never the person. */
    private static AuthorProfile profile(String key, String name, JsonNode row, ImportSink sink) {
        List<String> dropped = new ArrayList<>();
        String email = GhostJson.clean(row, "email");
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            dropped.add("the email address “" + email + "”");
            email = null;
        }
        String website = GhostJson.clean(row, "website");
        if (website != null && !website.matches("(?i)https?://.*") && website.matches("[\\w.-]+\\.[a-z]{2,}(/\\S*)?")) {
            website = "https://" + website;
        }
        if (website != null && !website.matches("(?i)https?://[^\\s\"<>]{1,500}")) {
            dropped.add("the website “" + website + "”");
            website = null;
        }
        String location = shortText(row, "location", dropped);
        String twitter = shortText(row, "twitter", dropped);
        String facebook = shortText(row, "facebook", dropped);
        if (!dropped.isEmpty()) {
            sink.note("author " + key + " “" + name + "”: " + String.join(", ", dropped) + " could not be kept");
        }
        return new AuthorProfile(email, website, location, twitter, facebook, null);
    }

    private static String shortText(JsonNode row, String field, List<String> dropped) {
        String value = GhostJson.clean(row, field);
        if (value != null && value.length() > 200) {
            dropped.add("the " + field + " (over 200 characters)");
            return null;
        }
        return value;
    }

    /** Sends the profile picture (profile_image from 1.x, image in 0.x); its key, or null when there is none to keep. */
    private String picture(String key, String name, JsonNode row, ImportSink sink) {
        String address = GhostRows.first(row, "profile_image", "image");
        if (address == null) {
            return null;
        }
        GhostMedia.Found found = media.locate(address);
        if (found.problem() != null) {
            sink.failed(Item.IMAGE, "profile picture of " + name, found.problem());
            return null;
        }
        // One picture, kept once, whether it shows an author, leads a post or stands in a body.
        String pictureKey = media.key(found);
        String already = media.sentAs(pictureKey);
        if (already != null) {
            return already.isEmpty() ? null : pictureKey;
        }
        return media.send(new SourceImage(pictureKey, found.url(), found.file(), name, "", null, "", null, null,
                "Profile picture of " + name), sink).isPresent() ? pictureKey : null;
    }

    private String owner(GhostIndex index, ImportSink sink) {
        Map<String, String> roles = new HashMap<>();
        for (JsonNode role : index.table("roles")) {
            String id = GhostJson.clean(role, "id");
            String roleName = GhostJson.clean(role, "name");
            if (id != null && roleName != null) {
                roles.put(id, roleName);
            }
        }
        Set<String> owners = new LinkedHashSet<>();
        Set<String> admins = new LinkedHashSet<>();
        for (JsonNode link : index.table("roles_users")) {
            String user = key(GhostJson.clean(link, "user_id"));
            String role = roles.get(GhostJson.clean(link, "role_id"));
            if (user != null && "Owner".equalsIgnoreCase(role)) {
                owners.add(user);
            } else if (user != null && "Administrator".equalsIgnoreCase(role)) {
                admins.add(user);
            }
        }
        if (owners.size() > 1) {
            sink.note("The export names " + owners.size() + " owners of the Ghost site; the first is credited with posts "
                    + "whose author is missing");
        }
        return owners.stream().findFirst().or(() -> admins.stream().findFirst())
                .or(() -> keys.values().stream().findFirst()).orElse(null);
    }

    /** The owner's email, for the namespace of an export that carries no site identity of its own. */
    static String ownerEmail(GhostIndex index) {
        Set<String> ownerRoles = new HashSet<>();
        for (JsonNode role : index.table("roles")) {
            if ("Owner".equalsIgnoreCase(GhostJson.clean(role, "name"))) {
                ownerRoles.add(GhostJson.clean(role, "id"));
            }
        }
        Set<String> ownerIds = new HashSet<>();
        for (JsonNode link : index.table("roles_users")) {
            if (ownerRoles.contains(GhostJson.clean(link, "role_id"))) {
                ownerIds.add(GhostJson.clean(link, "user_id"));
            }
        }
        String any = null;
        for (JsonNode user : index.table("users")) {
            String email = GhostJson.clean(user, "email");
            if (email != null && ownerIds.contains(GhostJson.clean(user, "id"))) {
                return email.toLowerCase(java.util.Locale.ROOT);
            }
            any = any == null && email != null ? email.toLowerCase(java.util.Locale.ROOT) : any;
        }
        return any;
    }
}
