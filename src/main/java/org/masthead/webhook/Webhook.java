package org.masthead.webhook;

import java.time.Instant;

/**
 * An address told of one event. Its secret, which signs every delivery, is never part of it: the newsroom
 * sees it when the webhook is made, or when an admin asks for it.
 */
public record Webhook(long id, String name, WebhookEvent event, String targetUrl, boolean active, Instant createdAt,
        Instant lastTriggeredAt, String stoppedReason) {}
