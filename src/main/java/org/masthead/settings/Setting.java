package org.masthead.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.masthead.common.Invalid;
import org.masthead.sharing.ShareNetwork;

/** Every editorial setting: its key, its default, what it means, and how a new value is checked. */
public enum Setting {
    SITE_TITLE("site.title", "Masthead", "the magazine's name, shown at the top of every page"),
    SITE_TAGLINE("site.tagline", "", "a line under the name"),
    SITE_LANGUAGE("site.language", "en", "the language of the pages, as a BCP 47 tag (en, en-GB, fr)"),
    SITE_SECTIONS("site.sections", "", "the topics the header's menu shows as sections, one name per line, in order; empty for "
            + "no menu"),
    ABOUT_PAGE("site.about-page", "about", "the address (slug) of the page linked as About in the header and footer; empty "
            + "for none"),
    DONATE_PAGE("site.donate-page", "donate", "the address (slug) of the page linked as Donate in the header and footer; "
            + "empty for none"),
    SHARE_NETWORKS("share.networks", "facebook,x,reddit,bluesky,mastodon,email",
            "share links above and below articles, in order; any of " + networkCodes()),
    WEEKEND_EDITIONS("editions.weekend", "true", "true for one edition from Friday to Sunday, false for one a day"),
    WEEKEND_LABEL("editions.weekend-label", "Weekend Edition", "the label of the Friday-to-Sunday edition"),
    FEED_CONTENT("feed.content", "full", "what the feeds (RSS, Atom, JSON Feed) carry of each article: full for the "
            + "whole text, excerpt for the dek or the start of the text"),
    MAIL_HOST("mail.host", "", "the SMTP server the magazine sends email through, e.g. smtp.example.org"),
    MAIL_PORT("mail.port", "587", "its port: usually 587 (STARTTLS), 465 (TLS) or 25"),
    MAIL_SECURITY("mail.security", "starttls", "starttls, tls or none"),
    MAIL_USER("mail.user", "", "the user name to sign in to the SMTP server, if it asks for one"),
    MAIL_PASSWORD("mail.password", "", "its password (never shown)"),
    MAIL_FROM("mail.from", "", "the sender, e.g. The Evening Ledger <news@ledger.example>"),
    NEWSLETTER_RATE("newsletter.rate", "600", "how many newsletter emails a minute the magazine sends at most (1 to 100000); "
            + "lower it to what the SMTP server allows"),
    NEWSLETTER_WEEKLY_DAY("newsletter.weekly-day", "sunday", "the day the weekly digest goes out (monday to sunday), in the "
            + "magazine's time zone"),
    NEWSLETTER_WEEKLY_HOUR("newsletter.weekly-hour", "8", "the hour it goes out that day, 0 to 23"),
    NEWSLETTER_INTRO("newsletter.intro", "", "the letter's introduction above the lineup, in Markdown"),
    NEWSLETTER_FOOTER("newsletter.footer", "", "the letter's footer, in Markdown: the magazine's postal address, say"),
    NEWSLETTER_SHOW_DEK("newsletter.show-dek", "true", "true when each piece in the letter shows its dek"),
    NEWSLETTER_SHOW_BYLINE("newsletter.show-byline", "true", "true when each piece in the letter shows its byline"),
    NEWSLETTER_ACCENT("newsletter.accent", "#1a1a1a", "the letter's accent colour (its rule and links), as #rrggbb"),
    API_BYLINE("api.byline", "", "the author credited on a piece a program sends through the Admin API without naming "
            + "its authors, as Ghost credits the integration's owner; empty for the first admin's byline");

    private final String key;
    private final String defaultValue;
    private final String meaning;

    Setting(String key, String defaultValue, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }

    /** A value never shown back, in screens, lists or logs. */
    public boolean isSecret() {
        return this == MAIL_PASSWORD;
    }

    /**
     * Part of the newsletter's letter design, which editors change on the newsletter's own screen (with a preview),
     * not on the admin's settings screen.
     */
    public boolean isLetterDesign() {
        return switch (this) {
            case NEWSLETTER_INTRO, NEWSLETTER_FOOTER, NEWSLETTER_SHOW_DEK, NEWSLETTER_SHOW_BYLINE, NEWSLETTER_ACCENT -> true;
            default -> false;
        };
    }

    /** A value of several lines, edited in a text area. */
    public boolean isMultiline() {
        return this == SITE_SECTIONS;
    }

    /** Whether the stored row of this key holds a secret; keys that name no setting hold none. */
    public static boolean isSecretKey(String key) {
        return Arrays.stream(values()).anyMatch(s -> s.key.equals(key) && s.isSecret());
    }

    public static Setting fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new Invalid("no setting '" + key + "'; the settings are "
                        + Arrays.stream(values()).map(Setting::key).toList()));
    }

    /** The value as it will be stored, or a clear refusal. */
    String normalize(String value) {
        String v = value == null ? "" : value.strip();
        switch (this) {
            case SITE_TITLE -> require(!v.isEmpty() && v.length() <= 120, "the site title needs 1 to 120 characters");
            case SITE_TAGLINE -> require(v.length() <= 200, "the tagline is at most 200 characters");
            case SITE_LANGUAGE -> require(v.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"),
                    "the language must be a tag such as en or en-GB, not '" + v + "'");
            case SITE_SECTIONS -> {
                List<String> names = lines(v);
                require(names.size() <= 12, "the menu has room for 12 sections at most, not " + names.size());
                require(names.stream().allMatch(name -> name.length() <= 100), "a topic's name is at most 100 characters");
                return String.join("\n", names);
            }
            case ABOUT_PAGE, DONATE_PAGE -> {
                String slug = v.replaceAll("^/+|/+$", "");
                require(slug.isEmpty() || org.masthead.common.Slugs.isSlug(slug),
                        "a page's address is its slug, such as about or support-us, not '" + v + "'");
                return slug;
            }
            case SHARE_NETWORKS -> {
                return String.join(",", shareNetworks(v).stream().map(ShareNetwork::code).toList());
            }
            case WEEKEND_EDITIONS, NEWSLETTER_SHOW_DEK, NEWSLETTER_SHOW_BYLINE -> {
                String lower = v.toLowerCase(Locale.ROOT);
                require(lower.equals("true") || lower.equals("false"), key + " is true or false, not '" + v + "'");
                return lower;
            }
            case NEWSLETTER_INTRO, NEWSLETTER_FOOTER -> require(v.length() <= 5000, "at most 5000 characters");
            case NEWSLETTER_ACCENT -> {
                require(v.matches("#[0-9A-Fa-f]{6}"), "the accent colour is written #rrggbb, such as #1a1a1a or #b0413e, not '"
                        + v + "'");
                return v.toLowerCase(Locale.ROOT);
            }
            case FEED_CONTENT -> {
                String lower = v.toLowerCase(Locale.ROOT);
                require(lower.equals("full") || lower.equals("excerpt"), "feed.content is full or excerpt, not '" + v + "'");
                return lower;
            }
            case WEEKEND_LABEL -> require(!v.isEmpty() && v.length() <= 60, "the weekend label needs 1 to 60 characters");
            case NEWSLETTER_RATE -> require(v.matches("\\d{1,6}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 100_000,
                    "newsletter.rate is a number of emails a minute, from 1 to 100000");
            case NEWSLETTER_WEEKLY_DAY -> {
                String lower = v.toLowerCase(Locale.ROOT);
                require(Arrays.stream(java.time.DayOfWeek.values()).anyMatch(d -> d.name().equalsIgnoreCase(lower)),
                        "newsletter.weekly-day is a day of the week, monday to sunday, not '" + v + "'");
                return lower;
            }
            case NEWSLETTER_WEEKLY_HOUR -> require(v.matches("\\d{1,2}") && Integer.parseInt(v) <= 23,
                    "newsletter.weekly-hour is an hour from 0 to 23");
            case MAIL_HOST -> require(v.isEmpty() || v.matches("[A-Za-z0-9.-]{1,253}"), "the mail server is a host name such as smtp.example.org");
            case MAIL_PORT -> require(v.matches("\\d{1,5}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 65535,
                    "the mail port is a number from 1 to 65535");
            case MAIL_SECURITY -> {
                String lower = v.toLowerCase(Locale.ROOT);
                require(lower.equals("starttls") || lower.equals("tls") || lower.equals("none"), "mail.security is starttls, tls or none");
                return lower;
            }
            case MAIL_USER, MAIL_PASSWORD -> require(v.length() <= 500, "at most 500 characters");
            case API_BYLINE -> require(v.length() <= 100, "an author's name is at most 100 characters");
            case MAIL_FROM -> require(v.isEmpty() || v.matches(".*[^@\\s<]+@[^@\\s>]+\\.[^@\\s>]+.*") && v.length() <= 200,
                    "the sender is an address such as news@ledger.example, with a name before it if you like");
        }
        return v;
    }

    /** The lines of a value, stripped, without blank lines or repeats. */
    static List<String> lines(String value) {
        return value.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
    }

    static List<ShareNetwork> shareNetworks(String value) {
        List<ShareNetwork> networks = new ArrayList<>();
        for (String code : value.split(",")) {
            if (code.isBlank()) {
                continue;
            }
            ShareNetwork network = ShareNetwork.fromCode(code).orElseThrow(() -> new Invalid(
                    "unknown share network '" + code.strip() + "'; choose from " + networkCodes()));
            if (!networks.contains(network)) {
                networks.add(network);
            }
        }
        return networks;
    }

    private static String networkCodes() {
        return String.join(", ", Arrays.stream(ShareNetwork.values()).map(ShareNetwork::code).toList());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new Invalid(message);
        }
    }
}
