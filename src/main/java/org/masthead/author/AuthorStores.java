package org.masthead.author;

import java.time.Clock;
import org.masthead.platform.Database;

/**
 * The authors' storage, opened once by the composition root and handed to {@link AuthorService}: a service never opens
 * its own. The stores stay package-private; a test of the rules may give a service one in memory.
 */
public final class AuthorStores {
    final AuthorStore authors;

    AuthorStores(AuthorStore authors) {
        this.authors = authors;
    }

    /** The stores over this database's tables. */
    public static AuthorStores sql(Database db, Clock clock) {
        return new AuthorStores(new SqlAuthorStore(db, clock));
    }
}
