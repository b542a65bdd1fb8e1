package org.masthead.audit;

import org.masthead.platform.Database;

/**
 * The audit log's storage, opened once by the composition root and handed to {@link AuditLog}: a service never opens
 * its own. The stores stay package-private; a test of the rules may give a service one in memory.
 */
public final class AuditStores {
    final AuditStore entries;

    AuditStores(AuditStore entries) {
        this.entries = entries;
    }

    /** The stores over this database's tables. */
    public static AuditStores sql(Database db) {
        return new AuditStores(new AuditStore(db));
    }
}
