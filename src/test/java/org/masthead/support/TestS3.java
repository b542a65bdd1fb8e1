package org.masthead.support;

import static org.awaitility.Awaitility.await;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One real S3-compatible server for the whole test run: S3Proxy over jclouds' in-memory store, in this JVM, with a
 * new bucket for each test that asks. S3Proxy's dependencies clash with ours (its Jetty 11 beside Javalin's Jetty 12,
 * its own logback, Guava, Jackson 2), so its self-contained jar (put in target/s3proxy by the build) is loaded by a class
 * loader of its own that sees none of the test class path, and is driven by reflection.
 */
public final class TestS3 {
    public static final String ACCESS_KEY = "masthead-test-access";
    public static final String SECRET_KEY = "masthead-test-secret-do-not-log";
    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static URI endpoint;

    private TestS3() {}

    /** The settings of a Masthead whose pictures go to a new, empty bucket. */
    public static synchronized Map<String, String> newBucketSettings() {
        return settings(newBucket());
    }

    /** A new, empty bucket's name. */
    public static synchronized String newBucket() {
        String bucket = "masthead-test-" + BUCKETS.incrementAndGet() + "-" + ProcessHandle.current().pid();
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        return bucket;
    }

    /** The settings of a Masthead whose pictures go to this bucket. */
    public static Map<String, String> settings(String bucket) {
        return Map.of("MASTHEAD_MEDIA_S3_BUCKET", bucket, "MASTHEAD_MEDIA_S3_ENDPOINT", endpoint().toString(),
                "MASTHEAD_MEDIA_S3_REGION", "us-east-1", "MASTHEAD_MEDIA_S3_ACCESS_KEY", ACCESS_KEY,
                "MASTHEAD_MEDIA_S3_SECRET_KEY", SECRET_KEY);
    }

    /** A client of the server, to look at what a test's Masthead stored. */
    public static S3Client client() {
        // As Masthead's own client for an endpoint other than AWS's: S3Proxy answers 501 to the checksum headers.
        return S3Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClientBuilder(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.builder()).build();
    }

    public static synchronized URI endpoint() {
        if (endpoint == null) {
            endpoint = start();
        }
        return endpoint;
    }

    private static URI start() {
        Path jar = Path.of(System.getProperty("masthead.s3proxy", "target/s3proxy/s3proxy.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no S3Proxy at " + jar + ": run the build's generate-test-resources phase");
        }
        // S3Proxy's own logging (its logback.xml reads these; ours does not): its warnings only.
        System.setProperty("LOG_LEVEL", System.getProperty("LOG_LEVEL", "warn"));
        System.setProperty("JETTY_LOG_LEVEL", System.getProperty("JETTY_LOG_LEVEL", "warn"));
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try {
            // Never closed: the server runs until the test JVM ends, as the test PostgreSQL does.
            var loader = new URLClassLoader("s3proxy", new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            thread.setContextClassLoader(loader);
            Class<?> contexts = loader.loadClass("org.jclouds.ContextBuilder");
            Class<?> blobStoreContext = loader.loadClass("org.jclouds.blobstore.BlobStoreContext");
            Object builder = contexts.getMethod("newBuilder", String.class).invoke(null, "transient");
            builder = contexts.getMethod("overrides", Properties.class).invoke(builder, new Properties());
            Object context = contexts.getMethod("build", Class.class).invoke(builder, blobStoreContext);
            Object blobStore = blobStoreContext.getMethod("getBlobStore").invoke(context);

            Class<?> proxies = loader.loadClass("org.gaul.s3proxy.S3Proxy");
            Object proxyBuilder = proxies.getMethod("builder").invoke(null);
            proxyBuilder = call(proxyBuilder, "blobStore", blobStore);
            proxyBuilder = call(proxyBuilder, "endpoint", URI.create("http://127.0.0.1:0"));
            Class<?> authentication = loader.loadClass("org.gaul.s3proxy.AuthenticationType");
            Object v2OrV4 = Arrays.stream(authentication.getEnumConstants()).filter(c -> c.toString().equals("AWS_V2_OR_V4"))
                    .findFirst().orElseThrow();
            proxyBuilder = call(proxyBuilder, "awsAuthentication", v2OrV4, ACCESS_KEY, SECRET_KEY);
            Object proxy = call(proxyBuilder, "build");
            call(proxy, "start");
            await().atMost(Duration.ofSeconds(30)).until(() -> "STARTED".equals(call(proxy, "getState")));
            return URI.create("http://127.0.0.1:" + call(proxy, "getPort"));
        } catch (ReflectiveOperationException | java.net.MalformedURLException e) {
            throw new IllegalStateException("cannot start S3Proxy from " + jar, e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Calls the public method of that name which takes that many arguments. */
    private static Object call(Object target, String name, Object... arguments) throws ReflectiveOperationException {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                return method.invoke(target, arguments);
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }
}
