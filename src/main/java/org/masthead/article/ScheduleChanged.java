package org.masthead.article;

/** Something was scheduled, unscheduled or published early: the scheduler should look at its plan again. */
public record ScheduleChanged(String what, long id) {}
