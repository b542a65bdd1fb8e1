/**
 * The daily newsletter's subscribers: subscribing with double opt-in, confirming, choosing daily or weekly, and
 * leaving in one click (RFC 8058); and sending each edition that goes out to the confirmed daily subscribers, at most
 * once each ({@link org.masthead.newsletter.SendingService}), in the letter's design (kept among the settings) and the
 * magazine's templates (the theme's when it has them). Owns the subscribers table, the throttle on the subscribe form,
 * and the sends and deliveries.
 */
package org.masthead.newsletter;
