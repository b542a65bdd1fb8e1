package org.masthead.audit;

import java.time.Instant;

/** One recorded action: who did what to which thing, when and from where. */
public record AuditEntry(long id, Instant at, Long userId, String actor, String action, String subjectType,
        Long subjectId, String detail, String address) {}
