/**
 * Keys that programs call the APIs with, shaped as Ghost's are so Ghost's own clients work unchanged: a
 * content key (26 hex characters, sent as {@code ?key=}) reads what readers may read; an admin key (an id and
 * a secret, printed as {@code id:secret}) signs short-lived tokens that write.
 */
package org.masthead.apikey;
