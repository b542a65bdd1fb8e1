package org.masthead.site;

/** An author under an article: "More articles by: NAME", then the bio. */
public record Contributor(String name, String path, String bioHtml) {}
