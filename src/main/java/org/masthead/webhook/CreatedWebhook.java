package org.masthead.webhook;

/** A webhook just made, with the secret its receiver checks signatures with. */
public record CreatedWebhook(Webhook webhook, String secret) {
    @Override
    public String toString() {
        return "CreatedWebhook[" + webhook + "]";
    }
}
