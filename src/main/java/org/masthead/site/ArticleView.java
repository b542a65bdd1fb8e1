package org.masthead.site;

import java.util.List;
import org.masthead.author.Byline;

/**
 * An article page. bodyHtml is null when the magazine has the article's title but not its text; related
 * are the articles most like it, from the search index. titleHtml is the heading: the title's sanitized inline
 * markup, or its plain text escaped.
 */
public record ArticleView(PageMeta meta, String titleHtml, String dek, List<Byline> authors, String date, String isoDate,
        EditionHeading edition, LeadImage image, String bodyHtml, List<Contributor> contributors,
        ShareBar share, List<LineupBlock> latest, List<TopicLink> topics, List<LineupEntry> related) {}
