package org.masthead.site;

import java.util.List;
import org.masthead.author.Byline;

/** One line of a lineup: the authors and the title, linked to the article. */
public record LineupEntry(List<Byline> authors, String title, String path, String dek, String date, String isoDate) {}
