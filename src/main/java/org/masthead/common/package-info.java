/**
 * What every feature shares, and so may import: who is acting ({@code Actor}, {@code Role}), typed errors that
 * channels map to responses, slugs, and pages of lists. It imports no feature.
 */
package org.masthead.common;
