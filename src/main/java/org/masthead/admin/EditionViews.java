package org.masthead.admin;

import java.util.List;
import org.masthead.article.ArticleListItem;
import org.masthead.edition.Edition;

/** The typed views of the edition screens. */
public final class EditionViews {
    private EditionViews() {}

    /** An edition in the list, with its heading as readers will see it. */
    public record Row(Edition edition, String heading, String scheduledFor) {}

    public record Editions(List<Row> editions, FormState open, String newerPath, String olderPath) {}

    /** {@code search}: what the candidates are filtered by ("" for all); {@code script}: the builder's script. */
    public record Plan(Edition edition, String heading, List<ArticleListItem> lineup, List<ArticleListItem> candidates,
            FormState schedule, String scheduledFor, String zone, String notice, String search, String script) {}
}
