package org.masthead.newsroom;

import java.util.List;
import org.masthead.article.ArticleListItem;
import org.masthead.edition.Edition;

/** An edition being put together: its lineup (out or not, in order) and what could still go in it. */
public record EditionPlan(Edition edition, List<ArticleListItem> lineup, List<ArticleListItem> candidates) {}
