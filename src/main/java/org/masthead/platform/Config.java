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
        java.util.Set<java.net.InetAddress> trustedProxies, boolean webhookPrivateTargets, Optional<String> metricsToken,
        Optional<MediaBucket> mediaBucket, Optional<SearchCluster> searchCluster) {

    public static final String FILE_NAME = "masthead.properties";

    /** The keys a config file may hold, each with the environment variable that overrides it. */
    static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("host", "MASTHEAD_HOST"),
            Map.entry("port", "MASTHEAD_PORT"),
            Map.entry("base-url", "MASTHEAD_BASE_URL"),
            Map.entry("timezone", "MASTHEAD_TIMEZONE"),
            Map.entry("trusted-proxies", "MASTHEAD_TRUSTED_PROXIES"),
            Map.entry("database.url", "MASTHEAD_DATABASE_URL"),
            Map.entry("database.user", "MASTHEAD_DATABASE_USER"),
            Map.entry("database.password", "MASTHEAD_DATABASE_PASSWORD"),
            Map.entry("database.replica-url", "MASTHEAD_DATABASE_REPLICA_URL"),
            Map.entry("webhooks.private-targets", "MASTHEAD_WEBHOOKS_PRIVATE_TARGETS"),
            Map.entry("media.s3.bucket", "MASTHEAD_MEDIA_S3_BUCKET"),
            Map.entry("media.s3.endpoint", "MASTHEAD_MEDIA_S3_ENDPOINT"),
            Map.entry("media.s3.region", "MASTHEAD_MEDIA_S3_REGION"),
            Map.entry("media.s3.access-key", "MASTHEAD_MEDIA_S3_ACCESS_KEY"),
            Map.entry("media.s3.secret-key", "MASTHEAD_MEDIA_S3_SECRET_KEY"),
            Map.entry("media.s3.path-style", "MASTHEAD_MEDIA_S3_PATH_STYLE"),
            Map.entry("media.s3.prefix", "MASTHEAD_MEDIA_S3_PREFIX"),
            Map.entry("search.opensearch.url", "MASTHEAD_SEARCH_OPENSEARCH_URL"),
            Map.entry("search.opensearch.index", "MASTHEAD_SEARCH_OPENSEARCH_INDEX"),
            Map.entry("search.opensearch.user", "MASTHEAD_SEARCH_OPENSEARCH_USER"),
            Map.entry("search.opensearch.password", "MASTHEAD_SEARCH_OPENSEARCH_PASSWORD"),
            Map.entry("metrics.token", "MASTHEAD_METRICS_TOKEN"));

    /**
     * Where the articles are kept: SQLite under the data directory unless a PostgreSQL URL is given; with PostgreSQL, a
     * streaming replica the public pages may read from (same user and password unless its URL carries its own).
     */
    public record DatabaseConfig(Optional<String> url, Optional<String> user, Optional<String> password,
            Optional<String> replicaUrl) {
        public DatabaseConfig(Optional<String> url, Optional<String> user, Optional<String> password) {
            this(url, user, password, Optional.empty());
        }

        public boolean isPostgres() {
            return url.isPresent() && url.get().startsWith("jdbc:postgresql:");
        }

        public String describe(Path dataDir) {
            return url.map(u -> "PostgreSQL " + masked(u)).orElse("SQLite " + dataDir.resolve(Database.SQLITE_FILE));
        }

        @Override
        public String toString() {
            return "DatabaseConfig[url=" + url.map(DatabaseConfig::masked).orElse("(SQLite)") + ", user="
                    + user.orElse("") + ", password=" + (password.isPresent() ? "***" : "") + ", replicaUrl="
                    + replicaUrl.map(DatabaseConfig::masked).orElse("") + "]";
        }

        /** A JDBC URL with any password in it hidden, for logs. */
        static String masked(String url) {
            return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
        }
    }

    /**
     * Where pictures and attachments are kept when not in the data directory: a bucket of S3-compatible storage, at
     * AWS unless an endpoint is given, with path-style addresses ({@code endpoint/bucket/name}) for other endpoints
     * unless told otherwise. Without keys, the AWS SDK's usual chain finds credentials. With a prefix
     * ({@code ledger/}), the magazine's objects are those under it, so one bucket can hold several magazines.
     */
    public record MediaBucket(String bucket, Optional<URI> endpoint, String region, Optional<String> accessKey,
            Optional<String> secretKey, boolean pathStyle, String prefix) {
        /** Where it is, for logs and messages: the bucket and endpoint, never the keys. */
        public String describe() {
            return "the S3 bucket " + bucket + (prefix.isEmpty() ? "" : " under " + prefix)
                    + endpoint.map(e -> " at " + e).orElse(" in " + region);
        }

        @Override
        public String toString() {
            return "MediaBucket[bucket=" + bucket + ", endpoint=" + endpoint.map(URI::toString).orElse("(AWS)") + ", region="
                    + region + ", accessKey=" + (accessKey.isPresent() ? "***" : "") + ", secretKey="
                    + (secretKey.isPresent() ? "***" : "") + ", pathStyle=" + pathStyle + ", prefix=" + prefix + "]";
        }
    }

    /**
     * Where the search index is kept when not in the data directory: an OpenSearch cluster, reached at any of its
     * nodes' addresses, its index named from {@code index} (so that several magazines can share one cluster).
     */
    public record SearchCluster(java.util.List<URI> nodes, String index, Optional<String> user, Optional<String> password) {
        /** Where it is, for logs and messages: the nodes and the index, never the password. */
        public String describe() {
            return "OpenSearch at " + nodes.stream().map(URI::toString).collect(java.util.stream.Collectors.joining(", "))
                    + " (index " + index + "-articles)";
        }

        @Override
        public String toString() {
            return "SearchCluster[nodes=" + nodes + ", index=" + index + ", user=" + user.orElse("") + ", password="
                    + (password.isPresent() ? "***" : "") + "]";
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
        Optional<String> replicaUrl = Optional.ofNullable(values.get("database.replica-url"));
        replicaUrl.ifPresent(replica -> checkReplicaUrl(replica, url.isPresent()));
        var database = new DatabaseConfig(url, Optional.ofNullable(values.get("database.user")),
                Optional.ofNullable(values.get("database.password")), replicaUrl);
        return new Config(dataDir.toAbsolutePath().normalize(), values.get("host"), port, baseUrl, zone, database,
                parseProxies(values.get("trusted-proxies")), parsePrivateTargets(values.get("webhooks.private-targets")),
                Optional.ofNullable(values.get("metrics.token")).map(Config::checkMetricsToken), parseMediaBucket(values),
                parseSearchCluster(values));
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
                + webhookPrivateTargets + ", metrics=" + (metricsToken.isPresent() ? "on" : "off") + ", mediaBucket=" + mediaBucket
                + ", searchCluster=" + searchCluster + "]";
    }

    /** The bucket pictures are kept in, when {@code media.s3.bucket} names one; else the data directory's media folder. */
    private static Optional<MediaBucket> parseMediaBucket(Map<String, String> values) {
        String bucket = values.get("media.s3.bucket");
        if (bucket == null || bucket.isBlank()) {
            if (values.keySet().stream().anyMatch(key -> key.startsWith("media.s3."))) {
                throw new Invalid("media.s3.bucket names the bucket pictures are kept in; the other media.s3 settings "
                        + "need it");
            }
            return Optional.empty();
        }
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new Invalid("media.s3.bucket must be a bucket name (3 to 63 lower-case letters, digits, dots and hyphens),"
                    + " not '" + bucket + "'");
        }
        Optional<URI> endpoint = Optional.ofNullable(values.get("media.s3.endpoint")).map(Config::parseEndpoint);
        Optional<String> accessKey = Optional.ofNullable(values.get("media.s3.access-key"));
        Optional<String> secretKey = Optional.ofNullable(values.get("media.s3.secret-key"));
        if (accessKey.isPresent() != secretKey.isPresent()) {
            throw new Invalid("media.s3.access-key and media.s3.secret-key go together: give both, or neither to use the "
                    + "AWS SDK's usual credentials");
        }
        String pathStyle = values.getOrDefault("media.s3.path-style", endpoint.isPresent() ? "true" : "false");
        if (!pathStyle.equals("true") && !pathStyle.equals("false")) {
            throw new Invalid("media.s3.path-style is true or false, not '" + pathStyle + "'");
        }
        String prefix = values.getOrDefault("media.s3.prefix", "");
        if (!prefix.isEmpty() && !prefix.matches("([A-Za-z0-9][A-Za-z0-9._-]{0,62}/){1,4}")) {
            throw new Invalid("media.s3.prefix is a folder in the bucket ending in / (letters, digits, dots, hyphens and "
                    + "underscores, e.g. ledger/), not '" + prefix + "'");
        }
        return Optional.of(new MediaBucket(bucket, endpoint, values.getOrDefault("media.s3.region", "us-east-1"), accessKey,
                secretKey, Boolean.parseBoolean(pathStyle), prefix));
    }

    /** The OpenSearch cluster search runs on, when {@code search.opensearch.url} names its nodes; else Lucene in the data directory. */
    private static Optional<SearchCluster> parseSearchCluster(Map<String, String> values) {
        String urls = values.get("search.opensearch.url");
        if (urls == null || urls.isBlank()) {
            if (values.keySet().stream().anyMatch(key -> key.startsWith("search.opensearch."))) {
                throw new Invalid("search.opensearch.url names the OpenSearch nodes search runs on; the other "
                        + "search.opensearch settings need it");
            }
            return Optional.empty();
        }
        var nodes = new java.util.ArrayList<URI>();
        for (String url : urls.split(",")) {
            nodes.add(parseNode(url.strip()));
        }
        String index = values.getOrDefault("search.opensearch.index", "masthead");
        if (!index.matches("[a-z0-9][a-z0-9_-]{0,99}")) {
            throw new Invalid("search.opensearch.index is the start of the index's name: lower-case letters, digits, '-' and"
                    + " '_', not '" + index + "'");
        }
        Optional<String> user = Optional.ofNullable(values.get("search.opensearch.user"));
        Optional<String> password = Optional.ofNullable(values.get("search.opensearch.password"));
        if (user.isPresent() != password.isPresent()) {
            throw new Invalid("search.opensearch.user and search.opensearch.password go together: give both, or neither");
        }
        return Optional.of(new SearchCluster(java.util.List.copyOf(nodes), index, user, password));
    }

    private static URI parseNode(String value) {
        try {
            URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null && (uri.getPath() == null || uri.getPath().isEmpty())) {
                return uri;
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below with the value that was given
        }
        throw new Invalid("search.opensearch.url lists the nodes' addresses, such as https://search1.example:9200,"
                + "https://search2.example:9200 (the user and password go in search.opensearch.user and"
                + " search.opensearch.password), not '" + value.replaceAll("//[^/@]*@", "//***@") + "'");
    }

    private static URI parseEndpoint(String value) {
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (java.net.URISyntaxException ignored) {
            // reported below with the value that was given
        }
        throw new Invalid("media.s3.endpoint must be an http or https address such as https://s3.example.net (the keys "
                + "go in media.s3.access-key and media.s3.secret-key), not '" + value.replaceAll("//[^/@]*@", "//***@") + "'");
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

    private static void checkReplicaUrl(String replica, boolean postgres) {
        if (!postgres) {
            throw new Invalid("database.replica-url names a streaming replica of the PostgreSQL database in database.url; "
                    + "with SQLite (no database.url) there is none: leave database.replica-url out");
        }
        if (!replica.startsWith("jdbc:postgresql:")) {
            throw new Invalid("database.replica-url must be a PostgreSQL JDBC URL (jdbc:postgresql://replica-host/db), not '"
                    + DatabaseConfig.masked(replica) + "'");
        }
    }

    /** The address readers use, for canonical links and share links. */
    public URI publicUrl(int boundPort) {
        return baseUrl.orElseGet(() -> URI.create("http://localhost:" + boundPort));
    }
}
