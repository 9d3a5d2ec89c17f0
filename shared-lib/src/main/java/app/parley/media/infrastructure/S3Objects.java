package app.parley.media.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * The few S3 REST calls the media store makes, signed with the SDK's SigV4 signer and sent over the
 * SDK's HTTP client, so the functions need not carry the S3 service client (3.4 MB, 2,000 classes).
 * Bodies are payload-signed ({@code x-amz-content-sha256} is the body's SHA-256). A missing key is
 * an empty answer; any other S3 error is an {@link S3RequestFailed} naming S3's code and message.
 */
final class S3Objects {
    private static final String CONTENT_SHA256 = "x-amz-content-sha256";

    /** One stored version of a key, or a delete marker. */
    record ObjectVersion(String key, String versionId, boolean deleteMarker) {}

    private final SdkHttpClient http;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final Supplier<? extends AwsCredentialsIdentity> credentials;
    private final String region;
    private final URI bucketBase;

    /** {@code endpoint} set (moto_server): path-style {@code endpoint/bucket}; else the bucket's regional virtual host. */
    S3Objects(SdkHttpClient http, Supplier<? extends AwsCredentialsIdentity> credentials, String region, String bucket,
              Optional<URI> endpoint) {
        this.http = http;
        this.credentials = credentials;
        this.region = region;
        this.bucketBase = endpoint.map(e -> URI.create(e.toString().replaceAll("/+$", "") + "/" + bucket))
                .orElseGet(() -> URI.create("https://" + bucket + ".s3." + region + ".amazonaws.com"));
    }

    void put(String key, byte[] body, String contentType) {
        call("PutObject", key, request(SdkHttpMethod.PUT, key, Map.of()).putHeader("Content-Type", contentType), body, false);
    }

    /** The object's bytes; empty when there is no such key. */
    Optional<byte[]> get(String key) {
        Answer answer = call("GetObject", key, request(SdkHttpMethod.GET, key, Map.of()), new byte[0], true);
        return answer.found() ? Optional.of(answer.bytes()) : Optional.empty();
    }

    boolean exists(String key) {
        return call("HeadObject", key, request(SdkHttpMethod.HEAD, key, Map.of()), new byte[0], true).found();
    }

    /** Every version and delete marker whose key starts with {@code prefix}, over as many pages as S3 gives. */
    List<ObjectVersion> versions(String prefix) {
        List<ObjectVersion> all = new ArrayList<>();
        Optional<S3Xml.VersionPage> page = Optional.empty();
        do {
            var query = new TreeMap<String, String>(Map.of("versions", "", "prefix", prefix));
            page.flatMap(S3Xml.VersionPage::next).ifPresent(next -> {
                query.put("key-marker", next.key());
                query.put("version-id-marker", next.versionId());
            });
            page = Optional.of(S3Xml.versionPage(call("ListObjectVersions", prefix, request(SdkHttpMethod.GET, "", query), new byte[0], false).bytes()));
            all.addAll(page.get().versions());
        } while (page.get().next().isPresent());
        return all;
    }

    void deleteVersion(String key, String versionId) {
        call("DeleteObject", key, request(SdkHttpMethod.DELETE, key, Map.of("versionId", versionId)), new byte[0], false);
    }

    private SdkHttpRequest.Builder request(SdkHttpMethod method, String key, Map<String, String> query) {
        var builder = SdkHttpRequest.builder().method(method).uri(bucketBase)
                .encodedPath(bucketBase.getRawPath() + "/" + SdkHttpUtils.urlEncodeIgnoreSlashes(key));
        query.forEach(builder::putRawQueryParameter);
        return builder;
    }

    /**
     * Signs and sends. With {@code missingIsAnswer} a 404 without an error code (HEAD) or with
     * {@code NoSuchKey} is "not found"; every other non-2xx answer is a failure.
     */
    private Answer call(String operation, String key, SdkHttpRequest.Builder request, byte[] body, boolean missingIsAnswer) {
        request.putHeader(CONTENT_SHA256, sha256Hex(body));
        if (body.length > 0) request.putHeader("Content-Length", Integer.toString(body.length));
        SignedRequest signed = signer.sign(r -> r.identity(credentials.get()).request(request.build())
                .payload(body.length > 0 ? ContentStreamProvider.fromByteArrayUnsafe(body) : null)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true));
        Answer answer = send(operation, key, signed);
        if (answer.ok()) return answer;
        Optional<String> code = S3Xml.errorCode(answer.bytes());
        if (missingIsAnswer && answer.status() == 404 && code.orElse("NoSuchKey").equals("NoSuchKey")) return answer;
        throw new S3RequestFailed(operation + " " + key + " failed: HTTP " + answer.status() + " "
                + code.orElse("(no error code)") + S3Xml.errorMessage(answer.bytes()).map(m -> ": " + m).orElse(""));
    }

    private Answer send(String operation, String key, SignedRequest signed) {
        try {
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder().request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null)).build()).call();
            Optional<? extends InputStream> body = response.responseBody();
            byte[] bytes;
            if (body.isEmpty()) {
                bytes = new byte[0];
            } else {
                try (InputStream in = body.get()) {
                    bytes = in.readAllBytes();
                }
            }
            return new Answer(response.httpResponse().statusCode(), bytes);
        } catch (IOException e) {
            throw new S3RequestFailed(operation + " " + key + " could not reach S3: " + e.getMessage(), e);
        }
    }

    private static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** One response, read whole (media objects are held in memory anyway). */
    private record Answer(int status, byte[] bytes) {
        boolean ok() { return status / 100 == 2; }
        boolean found() { return ok(); }
    }
}
