/** Images and their attribution: the credit, its link and the licence with its deed. */
package org.masthead.media;
