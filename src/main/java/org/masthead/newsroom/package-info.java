/** The newsroom's work on editions: building tomorrow's lineup, ordering it, scheduling it as a whole. */
package org.masthead.newsroom;
