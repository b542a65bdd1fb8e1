/** Authors: names, slugs and bios of everyone with a byline, whether or not they have an account. */
package org.masthead.author;
