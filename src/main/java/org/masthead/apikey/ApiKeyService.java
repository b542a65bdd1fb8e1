package org.masthead.apikey;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.masthead.common.Actor;
import org.masthead.common.Role;
import org.masthead.audit.AuditLog;
import org.masthead.common.Forbidden;
import org.masthead.common.Invalid;
import org.masthead.common.NotFound;

/**
 * Making, checking and revoking API keys. Admins make and revoke them (the server's operator from the command
 * line); the APIs check them on every call. A key's last use is written at most once a minute, so a busy
 * client does not make every read a write.
 */
public final class ApiKeyService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiKeyStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<Long, Instant> lastWrittenUse = new ConcurrentHashMap<>();

    public ApiKeyService(ApiKeyStores stores, AuditLog audit, Clock clock) {
        this.store = stores.keys;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Makes a key for a program (named so the newsroom knows whose it is: "Zapier", "the print shop"). The
     * secret is in the answer and nowhere else that can be read back.
     */
    public CreatedKey create(Actor actor, ApiKey.Kind kind, String name) {
        requireAdmin(actor);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new Invalid("name", "a key needs a name of 1 to 100 characters, saying who will use it");
        }
        Instant now = clock.instant();
        if (kind == ApiKey.Kind.CONTENT) {
            String key = hex(13);
            long id = store.insert(kind, clean, key, null, now);
            audit.record(actor, "apikey.created", "api_key", id, clean + " (content)");
            return new CreatedKey(store.find(id).orElseThrow(), key);
        }
        String keyId = hex(12);
        String secret = hex(32);
        long id = store.insert(kind, clean, keyId, secret, now);
        audit.record(actor, "apikey.created", "api_key", id, clean + " (admin)");
        return new CreatedKey(store.find(id).orElseThrow(), keyId + ":" + secret);
    }

    /** Every key, those in use first; never their secrets. */
    public List<ApiKey> list(Actor actor) {
        requireAdmin(actor);
        return store.list();
    }

    /** Stops a key working at once; calls made with it are refused from then on. */
    public void revoke(Actor actor, long id) {
        requireAdmin(actor);
        ApiKey key = store.find(id).orElseThrow(() -> new NotFound("no API key " + id));
        store.revoke(id, clock.instant());
        audit.record(actor, "apikey.revoked", "api_key", id, key.name());
    }

    /** The content key a program sent, if it is one that works. */
    public Optional<ApiKey> checkContentKey(String sent) {
        if (sent == null || !sent.matches("[0-9a-f]{26}")) {
            return Optional.empty();
        }
        return store.findByPublicId(sent).filter(k -> k.kind() == ApiKey.Kind.CONTENT && !k.isRevoked()).map(this::used);
    }

    /** The admin key with this id and its secret, if it is one that works, for checking a token's signature. */
    public Optional<AdminSecret> adminSecret(String keyId) {
        if (keyId == null || !keyId.matches("[0-9a-f]{24}")) {
            return Optional.empty();
        }
        return store.findByPublicId(keyId).filter(k -> k.kind() == ApiKey.Kind.ADMIN && !k.isRevoked())
                .flatMap(k -> store.secretOf(k.id()).map(secret -> new AdminSecret(used(k), secret)));
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    public static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private ApiKey used(ApiKey key) {
        Instant now = clock.instant();
        Instant written = lastWrittenUse.get(key.id());
        if (written == null || Duration.between(written, now).compareTo(USE_RESOLUTION) >= 0) {
            lastWrittenUse.put(key.id(), now);
            store.used(key.id(), now);
        }
        return key;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.atLeast(Role.ADMIN)) {
            throw new Forbidden("only admins make and revoke API keys");
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HEX.formatHex(random);
    }
}
