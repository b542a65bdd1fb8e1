/** Markdown and imported HTML turned into sanitized HTML: the single gate for all stored markup. */
package org.masthead.markup;
