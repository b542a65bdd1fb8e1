package org.masthead.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A test clock seen from another zone: the same time as the clock it shows, moved or shifted with it. */
final class ClockInZone extends Clock {
    private final Clock shown;
    private final ZoneId zone;

    ClockInZone(Clock shown, ZoneId zone) {
        this.shown = shown;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return shown.instant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ClockInZone(shown, other);
    }
}
