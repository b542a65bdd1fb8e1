package org.masthead.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The real time, running, which a test can move ahead: for services that wait on the clock (a sender pacing its
 * messages) where a test must still bring a deadline minutes away within reach.
 */
public final class ShiftableClock extends Clock {
    private final ZoneId zone;
    private volatile Duration ahead;

    private ShiftableClock(ZoneId zone, Duration ahead) {
        this.zone = zone;
        this.ahead = ahead;
    }

    /** The real time, for now. */
    public static ShiftableClock real() {
        return new ShiftableClock(ZoneOffset.UTC, Duration.ZERO);
    }

    /** From now on, the time is {@code by} later than it would have been. */
    public void shift(Duration by) {
        ahead = ahead.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same time, moved with this one, seen from another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return new ClockInZone(this, other);
    }
}
