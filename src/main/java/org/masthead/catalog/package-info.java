/**
 * What is published, queried as programs ask for it: filtered, ordered and paged lists of published articles,
 * pages, the authors who signed them and the topics they are filed under, with their totals. A read model in
 * plain SQL for the APIs (Ghost's Content API first); the filters arrive as a neutral {@link
 * org.masthead.catalog.Condition} tree, never as a query language of any one client.
 */
package org.masthead.catalog;
