/**
 * WordPress exports (WXR 1.0 to 1.2) read for the import door: {@code WxrSource} streams the file in three passes
 * (writers, terms and featured images; attachments; posts and pages) through a reader that mends the malformations
 * WordPress is known to write, and turns each item into the importer's neutral records.
 */
package org.masthead.importer.wordpress;
