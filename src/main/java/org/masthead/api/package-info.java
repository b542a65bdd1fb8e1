/**
 * Channel: our own read-only JSON API under {@code /api/}, for what Ghost's API has no place for (editions and
 * their lineups), described by the OpenAPI document at {@code /api/openapi.json}. {@code ApiRoutes} is the route
 * table (open to any origin, answered with ETag and Last-Modified, errors as {"error": {"code", "message"}});
 * {@code OwnApi} assembles each answer from the features' services; {@code ApiViews} are the records written.
 * {@code /api/search} is the site's search, served by {@code site/SiteRoutes} and documented here.
 */
package org.masthead.api;
