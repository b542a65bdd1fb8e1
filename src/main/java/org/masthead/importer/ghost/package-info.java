/**
 * Ghost exports (JSON, Ghost 0.x to 5.x) read for the shared import core: the first pass indexes users, tags and
 * the tables that relate them to posts; the second streams the posts. Mobiledoc and Lexical documents are rendered
 * here when an export lacks a post's HTML.
 */
package org.masthead.importer.ghost;
