package org.masthead.site;

import java.util.List;

/** One edition in a lineup: its heading and its articles in order. */
public record LineupBlock(EditionHeading heading, List<LineupEntry> entries) {}
