/**
 * Reader search: the index of published articles (title, dek, body, authors, topics), kept in step with
 * the magazine by events after commit, and the queries readers make of it — ranked, highlighted,
 * faceted, forgiving of typos — plus "related articles". {@link org.masthead.search.SearchIndex} is the
 * seam: Lucene embedded today, a search cluster later.
 */
package org.masthead.search;
