/**
 * The daily newsletter's subscribers: subscribing with double opt-in, confirming, choosing daily or weekly, and
 * leaving in one click (RFC 8058). Owns the subscribers table and the throttle on the subscribe form; sending
 * editions builds on {@link org.masthead.newsletter.SubscriptionService#unsubscribeHeaders}.
 */
package org.masthead.newsletter;
