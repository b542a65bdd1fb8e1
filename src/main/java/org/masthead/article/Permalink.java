package org.masthead.article;

import java.time.LocalDate;

/** The address of a published article: {@code /YYYY/MM/DD/slug/}. */
public final class Permalink {
    private Permalink() {}

    public static String of(LocalDate publishedOn, String slug) {
        return String.format("/%04d/%02d/%02d/%s/", publishedOn.getYear(), publishedOn.getMonthValue(),
                publishedOn.getDayOfMonth(), org.masthead.common.Slugs.inPath(slug));
    }
}
