/**
 * Webhooks: the addresses an admin wants told when a piece goes out, changes once out, or is taken down.
 * {@link org.masthead.webhook.WebhookService} is the newsroom's use cases (add, remove, send a test, read the
 * delivery log); {@code Announcer} follows {@code ArticleChanged} in the serving process and compares each
 * article with what was last announced of it, writing one delivery per webhook; {@code DeliveryWorker} sends
 * them, signed as Ghost signs its webhooks, retrying with backoff.
 */
package org.masthead.webhook;
