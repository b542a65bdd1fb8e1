package org.masthead.edition;

/**
 * An edition went out as a whole, at its scheduled time: raised once per edition, after the transaction that
 * published it commits. The newsletter follows it.
 */
public record EditionPublished(long editionId) {}
