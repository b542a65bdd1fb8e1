package org.masthead.newsletter;

/**
 * The frame of a letter, from the magazine's {@link LetterDesign}: the accent colour (checked: #rrggbb), and the
 * introduction and footer as sanitized HTML, which the templates print as they are, and as plain text.
 */
public record LetterChrome(String accent, String introHtml, String introText, String footerHtml, String footerText) {}
