package org.masthead.importer.wordpress;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.article.Seo;

/**
 * Yoast SEO's (and Rank Math's) search-engine title, description and canonical address of a post, and the titles and
 * descriptions of its cards on social networks (Facebook / Open Graph, X). Their titles are
 * templates: the common variables are filled in as the plugin would ({@code %%title%% %%sep%% %%sitename%%});
 * a title that still names one Masthead cannot fill is left out, since search engines would show it as written.
 */
final class WxrSeo {
    private static final Pattern YOAST_VARIABLE = Pattern.compile("%%([a-z_]+)%%");
    private static final Pattern RANK_MATH_VARIABLE = Pattern.compile("%([a-z_]+)%");

    private final String siteName;

    WxrSeo(String siteName) {
        this.siteName = Texts.line(siteName);
    }

    Seo of(WxrItem item, String postTitle, List<String> notes) {
        String rawTitle = first(item.meta("_yoast_wpseo_title"), item.meta("rank_math_title"));
        String description = first(item.meta("_yoast_wpseo_metadesc"), item.meta("rank_math_description"));
        String canonical = first(item.meta("_yoast_wpseo_canonical"), item.meta("rank_math_canonical_url"));
        Seo.Social social = social(item, postTitle, notes);
        if (rawTitle.isEmpty() && description.isEmpty() && canonical.isEmpty() && social.equals(Seo.Social.NONE)) {
            return Seo.NONE;
        }
        String title = expand(rawTitle, postTitle, item);
        if (title == null) {
            notes.add("Its search-engine title “" + Texts.line(rawTitle) + "” names things Masthead cannot fill in; "
                    + "it was left out, and the article's own title is used.");
            title = "";
        }
        String desc = expand(description, postTitle, item);
        if (desc == null) {
            notes.add("Its search-engine description names things Masthead cannot fill in; it was left out.");
            desc = "";
        }
        return new Seo(Texts.line(title), Texts.line(desc), canonical.matches("(?i)https?://[^\\s\"<>]+") ? canonical : null,
                social);
    }

    /** The texts of the cards shared on social networks: Yoast's (or Rank Math's) Facebook / Open Graph and X ones. */
    private Seo.Social social(WxrItem item, String postTitle, List<String> notes) {
        return new Seo.Social(
                card(first(item.meta("_yoast_wpseo_opengraph-title"), item.meta("rank_math_facebook_title")),
                        "Open Graph title", postTitle, item, notes),
                card(first(item.meta("_yoast_wpseo_opengraph-description"), item.meta("rank_math_facebook_description")),
                        "Open Graph description", postTitle, item, notes),
                card(first(item.meta("_yoast_wpseo_twitter-title"), item.meta("rank_math_twitter_title")),
                        "X (Twitter) title", postTitle, item, notes),
                card(first(item.meta("_yoast_wpseo_twitter-description"), item.meta("rank_math_twitter_description")),
                        "X (Twitter) description", postTitle, item, notes));
    }

    private String card(String template, String what, String postTitle, WxrItem item, List<String> notes) {
        String text = expand(template, postTitle, item);
        if (text == null) {
            notes.add("Its " + what + " names things Masthead cannot fill in; it was left out.");
            return "";
        }
        return Texts.line(text);
    }

    /** The template with its variables filled in, or null when one cannot be. */
    private String expand(String template, String postTitle, WxrItem item) {
        if (template.isEmpty()) {
            return "";
        }
        boolean[] unknown = {false};
        Pattern variable = template.contains("%%") ? YOAST_VARIABLE : RANK_MATH_VARIABLE;
        String filled = variable.matcher(template).replaceAll(m -> {
            String value = switch (m.group(1)) {
                case "title" -> postTitle;
                case "sitename", "sitetitle", "site_title" -> siteName;
                case "sep" -> "–";
                case "excerpt", "excerpt_only" -> Texts.plain(item.excerpt());
                case "page", "pagenumber", "pagetotal" -> "";
                default -> {
                    unknown[0] = true;
                    yield m.group();
                }
            };
            return Matcher.quoteReplacement(value);
        });
        return unknown[0] ? null : filled.replaceAll("\\s+", " ").replaceAll("^[\\s–-]+|[\\s–-]+$", "");
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
