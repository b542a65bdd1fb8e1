package org.masthead.site;

import java.util.List;
import org.masthead.author.Byline;

/**
 * One line of a lineup: the authors and the title, linked to the article. {@code titleHtml} is the title as the
 * list prints it: its sanitized inline markup, or the plain title escaped.
 */
public record LineupEntry(List<Byline> authors, String title, String titleHtml, String path, String dek, String date, String isoDate) {}
