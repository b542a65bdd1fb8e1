/**
 * The ground floor every feature may use: configuration, the database and its migrations, events after commit,
 * the scheduler's thread, templates and the HTTP server. It imports no feature; the composition root that builds
 * the features is {@code boot/}.
 */
package org.masthead.platform;
