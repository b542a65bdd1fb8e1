package org.masthead.importer;

/**
 * What an imported picture or file became: its id, and the address readers now reach it at (under /media/
 * when its file was copied, else the address it had), for rewriting links in the posts that use it.
 */
public record StoredMedia(long id, String url) {}
