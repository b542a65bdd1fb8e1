/**
 * The composition root and start-up: {@code Stores} opens every feature's stores once, {@code Masthead} builds every
 * service once, by hand, handing each the stores it needs, subscribes them to each other's events and starts the
 * server. It imports everything, so it stands on top: only {@code cli/} (and the tests) may import it, and no feature
 * does.
 */
package org.masthead.boot;
