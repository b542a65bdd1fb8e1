package org.masthead.apikey;

import org.masthead.platform.Database;

/**
 * The API keys' storage, opened once by the composition root and handed to {@link ApiKeyService}: a service never
 * opens its own. The stores stay package-private; a test of the rules may give a service one in memory.
 */
public final class ApiKeyStores {
    final ApiKeyStore keys;

    ApiKeyStores(ApiKeyStore keys) {
        this.keys = keys;
    }

    /** The stores over this database's tables. */
    public static ApiKeyStores sql(Database db) {
        return new ApiKeyStores(new ApiKeyStore(db));
    }
}
