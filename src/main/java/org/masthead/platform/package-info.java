/**
 * Wiring, not rules: configuration, the database and its migrations, the HTTP server, and the composition
 * root that builds every service at start-up.
 */
package org.masthead.platform;
