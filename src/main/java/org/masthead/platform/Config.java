package org.masthead.platform;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.masthead.common.Invalid;

/**
 * How this server runs, read once at start-up and never changed: built-in defaults, then the file
 * {@code masthead.properties} in the data directory, then {@code MASTHEAD_*} environment variables,
 * then command-line flags. Editorial settings live in the database instead.
 */
public record Config(Path dataDir, String host, int port, Optional<URI> baseUrl, ZoneId timezone, DatabaseConfig database,
        java.util.Set<java.net.InetAddress> trustedProxies, boolean webhookPrivateTargets, Optional<String> metricsToken) {

    public static final String FILE_NAME = "masthead.properties";

    /** The keys a config file may hold, each with the environment variable that overrides it. */
    static final Map<String, String> KEYS = Map.of(
            "host", "MASTHEAD_HOST",
            "port", "MASTHEAD_PORT",
            "base-url", "MASTHEAD_BASE_URL",
            "timezone", "MASTHEAD_TIMEZONE",
            "trusted-proxies", "MASTHEAD_TRUSTED_PROXIES",
            "database.url", "MASTHEAD_DATABASE_URL",
            "database.user", "MASTHEAD_DATABASE_USER",
            "database.password", "MASTHEAD_DATABASE_PASSWORD",
            "webhooks.private-targets", "MASTHEAD_WEBHOOKS_PRIVATE_TARGETS",
            "metrics.token", "MASTHEAD_METRICS_TOKEN");

    /** Where the articles are kept: SQLite under the data directory unless a PostgreSQL URL is given. */
    public record DatabaseConfig(Optional<String> url, Optional<String> user, Optional<String> password) {
        public boolean isPostgres() {
            return url.isPresent() && url.get().startsWith("jdbc:postgresql:");
        }

        public String describe(Path dataDir) {
            return url.map(u -> "PostgreSQL " + masked(u)).orElse("SQLite " + dataDir.resolve(Database.SQLITE_FILE));
        }

        @Override
        public String toString() {
            return "DatabaseConfig[url=" + url.map(DatabaseConfig::masked).orElse("(SQLite)") + ", user="
                    + user.orElse("") + ", password=" + (password.isPresent() ? "***" : "") + "]";
        }

        /** A JDBC URL with any password in it hidden, for logs. */
        private static String masked(String url) {
            return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
        }
    }

    /** Values given on the command line; null where not given. */
    public record Overrides(String host, Integer port) {
        public static Overrides none() {
            return new Overrides(null, null);
        }
    }

    public static Config load(Path dataDir, Map<String, String> env, Overrides overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("host", "0.0.0.0");
        values.put("port", "8080");
        values.put("timezone", "UTC");
        values.put("trusted-proxies", "127.0.0.1,::1");
        values.put("webhooks.private-targets", "refuse");
        values.putAll(readFile(dataDir.resolve(FILE_NAME)));
        KEYS.forEach((key, variable) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                values.put(key, value.strip());
            }
        });
        if (overrides.host() != null) {
            values.put("host", overrides.host());
        }
        if (overrides.port() != null) {
            values.put("port", overrides.port().toString());
        }
        return fromValues(dataDir, values);
    }

    private static Config fromValues(Path dataDir, Map<String, String> values) {
        int port = parsePort(values.get("port"));
        Optional<URI> baseUrl = Optional.ofNullable(values.get("base-url")).map(Config::parseBaseUrl);
        ZoneId zone = parseZone(values.get("timezone"));
        Optional<String> url = Optional.ofNullable(values.get("database.url"));
        url.ifPresent(Config::checkDatabaseUrl);
        var database = new DatabaseConfig(url, Optional.ofNullable(values.get("database.user")),
                Optional.ofNullable(values.get("database.password")));
        return new Config(dataDir.toAbsolutePath().normalize(), values.get("host"), port, baseUrl, zone, database,
                parseProxies(values.get("trusted-proxies")), parsePrivateTargets(values.get("webhooks.private-targets")),
                Optional.ofNullable(values.get("metrics.token")).map(Config::checkMetricsToken));
    }

    /** A token Prometheus sends to read {@code /metrics}: long enough not to be guessed. */
    private static String checkMetricsToken(String token) {
        if (token.length() < 24) {
            throw new Invalid("metrics.token needs at least 24 characters (for example the output of `openssl rand -hex 16`)");
        }
        return token;
    }

    /** Never prints the metrics token; the database settings print their own password hidden. */
    @Override
    public String toString() {
        return "Config[dataDir=" + dataDir + ", host=" + host + ", port=" + port + ", baseUrl=" + baseUrl + ", timezone="
                + timezone + ", database=" + database + ", trustedProxies=" + trustedProxies + ", webhookPrivateTargets="
                + webhookPrivateTargets + ", metrics=" + (metricsToken.isPresent() ? "on" : "off") + "]";
    }

    /** The reverse proxies whose X-Forwarded-For is believed: IP addresses, comma-separated; "none" for none. */
    private static java.util.Set<java.net.InetAddress> parseProxies(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("none")) {
            return java.util.Set.of();
        }
        var proxies = new java.util.LinkedHashSet<java.net.InetAddress>();
        for (String entry : value.split(",")) {
            proxies.add(ClientAddress.parse(entry).orElseThrow(() -> new Invalid("trusted-proxies lists IP addresses such as"
                    + " 127.0.0.1,::1 (or none), not '" + entry.strip() + "'")));
        }
        return java.util.Set.copyOf(proxies);
    }

    /**
     * Whether webhooks may be sent inside this machine or its network: off unless the operator says so (a
     * receiver on the same host, a test), since an admin's stolen session could otherwise probe internal services.
     */
    private static boolean parsePrivateTargets(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "allow" -> true;
            case "refuse" -> false;
            default -> throw new Invalid("webhooks.private-targets is allow or refuse, not '" + value + "'");
        };
    }

    private static Map<String, String> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new Invalid("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.containsKey(key)) {
                throw new Invalid(file + ": unknown setting '" + key + "'; known settings are " + KEYS.keySet());
            }
            values.put(key, properties.getProperty(key).strip());
        }
        return values;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the value that was given
        }
        throw new Invalid("port must be a number from 0 to 65535, not '" + value + "'");
    }

    private static URI parseBaseUrl(String value) {
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return uri;
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below with the value that was given
        }
        throw new Invalid("base-url must be an http or https address such as https://magazine.example, not '" + value + "'");
    }

    private static ZoneId parseZone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new Invalid("timezone must be a zone such as UTC or America/New_York, not '" + value + "'");
        }
    }

    private static void checkDatabaseUrl(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new Invalid("database.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host/db); "
                    + "leave it out to use SQLite in the data directory");
        }
    }

    /** The address readers use, for canonical links and share links. */
    public URI publicUrl(int boundPort) {
        return baseUrl.orElseGet(() -> URI.create("http://localhost:" + boundPort));
    }
}
