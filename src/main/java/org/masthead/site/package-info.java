/**
 * The public site: the pages readers see (home lineup, articles, authors, editions, date archives, errors),
 * rendered server-side from typed views with escaping by default, and the theme's static files.
 */
package org.masthead.site;
