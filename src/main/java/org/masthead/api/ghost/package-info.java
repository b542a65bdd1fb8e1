/**
 * Channel: Ghost's Content API and Admin API, as Ghost's own clients ({@code @tryghost/content-api},
 * {@code @tryghost/admin-api}) call them. {@code GhostRoutes} is the route table; {@code ContentApi} and
 * {@code AdminApi} the handlers; {@code Nql} reads Ghost's filters; {@code AdminTokens} checks the Admin API's
 * tokens; {@code GhostJson} writes Ghost's shapes and {@code Replies} its envelope and errors. Reads go to
 * {@link org.masthead.catalog.CatalogService}, writes to {@link org.masthead.newsroom.ProgramDesk}.
 */
package org.masthead.api.ghost;
