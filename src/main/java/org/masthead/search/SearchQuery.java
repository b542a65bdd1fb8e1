package org.masthead.search;

/**
 * A reader's search: the words as typed, optional filters by author slug, topic slug and year, the order
 * and the page (from 1). Build it with {@link #of}, which makes any input safe to run.
 */
public record SearchQuery(String text, String author, String topic, Integer year, Order order, int page, int pageSize) {
    public static final int MAX_CHARACTERS = 300;
    public static final int MAX_PAGE = 100;

    public enum Order { RELEVANCE, NEWEST }

    /**
     * The query a reader's input asks for: control characters dropped, white space collapsed, cut to
     * {@value #MAX_CHARACTERS} characters at a word boundary; filters that are not slugs or years are ignored;
     * the page held between 1 and {@value #MAX_PAGE}.
     */
    public static SearchQuery of(String text, String author, String topic, String year, String order, String page, int pageSize) {
        return new SearchQuery(clean(text), slugOrNull(author), slugOrNull(topic), yearOrNull(year),
                "newest".equals(order) ? Order.NEWEST : Order.RELEVANCE, pageOf(page), pageSize);
    }

    public boolean isEmpty() {
        return text.isEmpty() && author == null && topic == null && year == null;
    }

    public SearchQuery withText(String other) {
        return new SearchQuery(other, author, topic, year, order, page, pageSize);
    }

    public SearchQuery withoutAuthor() {
        return new SearchQuery(text, null, topic, year, order, page, pageSize);
    }

    public SearchQuery withoutTopic() {
        return new SearchQuery(text, author, null, year, order, page, pageSize);
    }

    public SearchQuery withoutYear() {
        return new SearchQuery(text, author, topic, null, order, page, pageSize);
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", " ").replaceAll("\\s+", " ").strip();
        if (clean.length() > MAX_CHARACTERS) {
            int cut = clean.lastIndexOf(' ', MAX_CHARACTERS);
            clean = clean.substring(0, cut > MAX_CHARACTERS / 2 ? cut : MAX_CHARACTERS);
        }
        return clean;
    }

    private static String slugOrNull(String value) {
        return value != null && org.masthead.common.Slugs.isSlug(value) && value.length() <= 200 ? value : null;
    }

    private static Integer yearOrNull(String value) {
        return value != null && value.matches("\\d{4}") ? Integer.valueOf(value) : null;
    }

    private static int pageOf(String value) {
        if (value == null || !value.matches("\\d{1,50}")) {
            return 1;
        }
        String digits = value.replaceFirst("^0+(?=\\d)", "");
        // CASE: a number too long to read is past any last page.
        return digits.length() > 3 ? MAX_PAGE : Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(digits)));
    }
}
