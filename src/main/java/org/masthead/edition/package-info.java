/** Editions: the days or labelled ranges of days ("Weekend Edition") that group the daily lineup. */
package org.masthead.edition;
