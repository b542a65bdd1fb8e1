package org.masthead.article;

import java.time.Instant;

/** An editor's word that a piece in review is ready to go out: when, and the editor's name as the newsroom knows it. */
public record ReadyMark(Instant at, String by) {}
