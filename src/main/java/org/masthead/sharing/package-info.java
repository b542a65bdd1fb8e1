/** Share links: the networks an article can be shared to, as plain links with no third-party script. */
package org.masthead.sharing;
