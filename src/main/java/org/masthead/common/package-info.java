/** What every feature shares: typed errors that channels map to responses, slugs, and pages of lists. */
package org.masthead.common;
