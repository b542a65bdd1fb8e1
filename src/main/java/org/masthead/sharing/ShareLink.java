package org.masthead.sharing;

/** One link of a share bar. */
public record ShareLink(String network, String label, String href) {}
