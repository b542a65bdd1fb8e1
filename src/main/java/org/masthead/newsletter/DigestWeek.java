package org.masthead.newsletter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One week's digest: the Monday of its week (one digest a week), and the stretch of time whose editions it carries,
 * {@code from} inclusive, {@code until} (when it fell due) exclusive.
 */
record DigestWeek(LocalDate weekOf, Instant from, Instant until) {}
