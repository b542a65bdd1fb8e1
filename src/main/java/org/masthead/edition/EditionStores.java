package org.masthead.edition;

import java.time.Clock;
import org.masthead.platform.Database;

/**
 * The editions' storage, opened once by the composition root and handed to {@link EditionService}: a service never
 * opens its own. The stores stay package-private; a test of the rules may give a service one in memory.
 */
public final class EditionStores {
    final EditionStore editions;

    EditionStores(EditionStore editions) {
        this.editions = editions;
    }

    /** The stores over this database's tables. */
    public static EditionStores sql(Database db, Clock clock) {
        return new EditionStores(new SqlEditionStore(db, clock));
    }
}
