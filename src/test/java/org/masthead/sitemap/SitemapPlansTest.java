package org.masthead.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.boot.Masthead;
import org.masthead.platform.Database;
import org.masthead.support.Magazines;

/**
 * The sitemap index counts a 100,000-article archive by month from an index alone: in SQLite a row holds the whole
 * text before the columns counted, so a plan that visits the rows takes seconds where the index takes milliseconds.
 */
class SitemapPlansTest {
    @TempDir
    Path dataDir;

    @Test
    void the_months_are_counted_from_the_covering_index_pages_without_text_included() {
        try (Masthead magazine = Magazines.open(Database.Kind.SQLITE, dataDir)) {
            String query = new SitemapStore(magazine.database()).monthsQuery();
            assertThat(query).contains("body_format");

            List<String> plan = magazine.database().read(h -> h.createQuery("EXPLAIN QUERY PLAN " + query)
                    .map((rs, ctx) -> rs.getString("detail")).list());

            assertThat(plan).anySatisfy(step -> assertThat(step).contains("USING COVERING INDEX articles_by_month"));
        }
    }
}
