/** Articles: their text, bylines, lead image, status, publication time and place in an edition's lineup. */
package org.masthead.article;
