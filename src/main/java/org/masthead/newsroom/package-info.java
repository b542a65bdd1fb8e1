/**
 * The newsroom's work on editions: building tomorrow's lineup, ordering it, scheduling it as a whole; and its signals:
 * the dashboard of what waits for each person, and the mail that follows a piece's steps.
 */
package org.masthead.newsroom;
