package org.masthead.topic;

/** A subject articles are filed under, such as a country, a person or a policy. */
public record Topic(long id, String slug, String name) {}
