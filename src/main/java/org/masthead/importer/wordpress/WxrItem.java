package org.masthead.importer.wordpress;

import java.util.List;

/**
 * One {@code <item>} of an export as it stands in the file, every field raw text (null when absent): a post, a
 * page, an attachment, a menu item, a revision. What it becomes is decided elsewhere.
 *
 * @param line     the line of the file where the item starts
 * @param comments how many comments it carries (they are counted, not imported)
 */
record WxrItem(int line, String title, String link, String guid, String pubDate, String creator, String content,
        String excerpt, String postId, String postDate, String postDateGmt, String postName, String status,
        String postParent, String postType, String password, boolean sticky, String attachmentUrl,
        List<Category> categories, List<Meta> meta, int comments) {

    /** A {@code <category>} of an item: a category, a tag, a Co-Authors Plus byline ({@code domain="author"}). */
    record Category(String domain, String nicename, String name) {}

    /** A {@code wp:postmeta} pair. */
    record Meta(String key, String value) {}

    WxrItem {
        categories = List.copyOf(categories);
        meta = List.copyOf(meta);
    }

    /** The first value of a meta key, or null. */
    String meta(String key) {
        for (Meta m : meta) {
            if (key.equals(m.key())) {
                return m.value();
            }
        }
        return null;
    }

    /** Every value of a meta key, in the file's order ({@code _wp_old_slug} repeats). */
    List<String> metas(String key) {
        return meta.stream().filter(m -> key.equals(m.key())).map(Meta::value).toList();
    }

    /** The post type WordPress assumes when the export names none. */
    String type() {
        return postType == null || postType.isBlank() ? "post" : postType.strip();
    }

    /** How the report names it: "post 42 “Title”", or the line for an item with no id. */
    String label() {
        String kind = switch (type()) {
            case "page" -> "page";
            case "post" -> "post";
            case "attachment" -> "attachment";
            default -> type();
        };
        String name = title == null || title.isBlank() ? "" : " “" + Texts.line(title) + "”";
        return postId == null || postId.isBlank() ? "item at line " + line + name : kind + " " + postId.strip() + name;
    }
}
