package org.masthead.admin;

import java.util.List;

/** The typed views of the integrations screens: API keys, webhooks and a webhook's delivery log. */
public final class IntegrationViews {
    private IntegrationViews() {}

    /**
     * The integrations screen. {@code shown} is a secret just made (a key's, a webhook's), shown this once; null
     * otherwise. {@code privateTargets} says whether webhooks may point inside the server's network.
     */
    public record Integrations(List<Key> keys, List<Hook> hooks, List<Event> events, FormState keyForm, FormState hookForm,
            Secret shown, String notice, boolean privateTargets) {}

    /** An API key as listed; {@code lastUsed} and {@code revoked} are empty when it never was. */
    public record Key(long id, String kind, String name, String publicId, String created, String lastUsed, String revoked) {}

    /** A webhook as listed; {@code stopped} says why it no longer sends, or is null. */
    public record Hook(long id, String name, String event, String eventMeaning, String targetUrl, boolean active,
            String stopped, String lastTriggered) {}

    /** An event a webhook can be told of, for the form's choice. */
    public record Event(String code, String meaning) {}

    /** A secret shown once: what it is for, the secret, and how it is used. */
    public record Secret(String heading, String value, String use) {}

    /** A webhook's page: its deliveries, newest first, a page at a time. */
    public record DeliveryLog(Hook hook, List<Delivery> deliveries, String newerPath, String olderPath, Secret shown,
            String notice) {}

    /**
     * One delivery: when it was made, its event, what it was about (with the article's editing screen, or
     * null for a test or a removed article), its tries, where it stands, what the receiver last answered,
     * and when it is tried next.
     */
    public record Delivery(long id, String created, String event, String about, String articlePath, boolean test,
            int attempts, String status, String result, String nextAttempt) {}
}
