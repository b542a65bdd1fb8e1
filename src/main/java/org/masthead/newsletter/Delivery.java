package org.masthead.newsletter;

/** A send's message to one subscriber, as the sender takes it from the queue. */
record Delivery(long id, long sendId, Subscriber subscriber, int attempts) {}
