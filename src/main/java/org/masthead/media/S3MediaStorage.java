package org.masthead.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.masthead.common.Unavailable;
import org.masthead.platform.Config;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The media files as objects in a bucket of S3-compatible storage (AWS S3, MinIO, Ceph, Garage, R2...), each under
 * its name as the media folder would hold it, so several servers of one magazine share them. Readers still fetch
 * them from Masthead, which streams each object with the headers it always sends.
 */
public final class S3MediaStorage implements MediaStorage {
    private final S3Client s3;
    private final String bucket;
    private final String where;
    private final String prefix;

    S3MediaStorage(S3Client s3, String bucket, String where, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.where = where;
        this.prefix = prefix;
    }

    /** A client for the configured bucket; nothing is asked of the storage until a file is. */
    public static S3MediaStorage open(Config.MediaBucket config) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .forcePathStyle(config.pathStyle())
                // CASE: a reader waits on this; an unreachable store is said to be so within seconds, not minutes.
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(3))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(60)).retryStrategy(r -> r.maxAttempts(2)));
        config.endpoint().ifPresent(endpoint -> builder.endpointOverride(endpoint)
                // Servers other than AWS's do not all take the checksums the SDK now sends by default.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
        return new S3MediaStorage(builder.build(), config.bucket(), config.describe(), config.prefix());
    }

    private static AwsCredentialsProvider credentials(Config.MediaBucket config) {
        if (config.accessKey().isPresent() && config.secretKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get()));
        }
        // Without keys of its own, the SDK's usual chain: AWS_ACCESS_KEY_ID, a profile, or the instance's role.
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public void put(String name, byte[] content) {
        call(() -> s3.putObject(b -> b.bucket(bucket).key(key(name)).contentType(MediaStorage.contentType(name)),
                RequestBody.fromBytes(content)));
    }

    @Override
    public boolean putNew(String name, byte[] content) {
        if (exists(name)) {
            return false;
        }
        return call(() -> {
            try {
                // A conditional write (If-None-Match: *): AWS, MinIO, R2 and Ceph refuse it when the key came meanwhile;
                // a store that ignores the header is kept from that race by MediaService naming one file at a time.
                s3.putObject(b -> b.bucket(bucket).key(key(name)).contentType(MediaStorage.contentType(name)).ifNoneMatch("*"),
                        RequestBody.fromBytes(content));
                return true;
            } catch (S3Exception e) {
                if (e.statusCode() == 412 || e.statusCode() == 409) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public void putFile(String name, Path file) {
        call(() -> s3.putObject(b -> b.bucket(bucket).key(key(name)).contentType(MediaStorage.contentType(name)),
                RequestBody.fromFile(file)));
    }

    @Override
    public Optional<Stored> open(String name) {
        return call(() -> {
            try {
                ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key(name)));
                GetObjectResponse object = in.response();
                return Optional.of(new Stored(in, object.contentLength(), object.lastModified()));
            } catch (NoSuchKeyException absent) {
                return Optional.empty();
            }
        });
    }

    @Override
    public boolean exists(String name) {
        return size(name).isPresent();
    }

    @Override
    public java.util.OptionalLong size(String name) {
        return call(() -> {
            try {
                return java.util.OptionalLong.of(s3.headObject(b -> b.bucket(bucket).key(key(name))).contentLength());
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return java.util.OptionalLong.empty();
                }
                throw e;
            }
        });
    }

    @Override
    public void delete(String name) {
        call(() -> s3.deleteObject(b -> b.bucket(bucket).key(key(name))));
    }

    @Override
    public List<Listed> list(Consumer<String> others) {
        List<Listed> pictures = new ArrayList<>();
        List<Listed> files = new ArrayList<>();
        call(() -> {
            for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix.isEmpty() ? null : prefix)).contents()) {
                String name = object.key().substring(prefix.length());
                boolean attachment = name.startsWith(FILES);
                String rest = attachment ? name.substring(FILES.length()) : name;
                if (rest.isEmpty() || rest.contains("/")) {
                    others.accept(name);
                } else {
                    (attachment ? files : pictures).add(new Listed(name, object.size()));
                }
            }
            return null;
        });
        pictures.sort(Comparator.comparing(Listed::name));
        files.sort(Comparator.comparing(Listed::name));
        pictures.addAll(files);
        return pictures;
    }

    @Override
    public String describe() {
        return where;
    }

    @Override
    public void close() {
        s3.close();
    }

    private String key(String name) {
        if (java.util.Arrays.stream(name.split("/", -1)).anyMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."))) {
            throw new IllegalArgumentException("not a media file name: " + name);
        }
        return prefix + name;
    }

    /**
     * The call's answer; a store that cannot be reached, refuses the keys or fails is {@link Unavailable}: a reader
     * gets a 503 page and an editor a message, never the SDK's exception.
     */
    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw new Unavailable("the picture store is unavailable (" + where + "); please try again in a minute", e);
        }
    }
}
