package org.masthead.site;

import java.util.List;

/** A date archive (a year, a month or a day): its heading and the editions with articles of that time. */
public record ArchiveView(PageMeta meta, String heading, List<LineupBlock> editions, Pager pager) {}
