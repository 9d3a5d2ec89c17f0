package app.parley.media.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.config.Env;
import app.parley.local.engines.MotoServer;
import app.parley.media.application.MediaOpening;
import app.parley.media.application.MediaStore;
import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.tenancy.model.TenantId;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The cloud media store wired from the environment, against moto_server's S3 and KMS with request
 * authentication on: every call must carry a SigV4 signature moto recomputes from an IAM user's key.
 * The S3 service client (test scope only) looks at the bucket from outside.
 */
class S3MediaStoreIT {
    private static final TenantId A = new TenantId("t_01JQ3V4W5X6Y7Z8A9B0C1D2E3F");
    private static final TenantId B = new TenantId("t_01JQ3V4W5X6Y7Z8A9B0C1D2E3G");
    private static final String BUCKET = "parley-media-test";
    private static final byte[] PHOTO = "PLAINTEXT-MARKER: a customer's prescription".getBytes(StandardCharsets.UTF_8);
    private static MotoServer moto;
    private static AwsBasicCredentials key;
    private static S3Client s3;
    private static MediaStore store;

    @BeforeAll
    static void start() throws Exception {
        moto = MotoServer.start();
        key = iamUserAllowedEverything();
        requireSignedRequests();
        Env.override(Map.of("AWS_ENDPOINT_URL_S3", moto.endpoint().toString(), "AWS_ENDPOINT_URL_KMS", moto.endpoint().toString(),
                "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", key.accessKeyId(), "AWS_SECRET_ACCESS_KEY", key.secretAccessKey(),
                "MEDIA_STORE", "s3", "TENANT_KEYS", "kms", "MEDIA_BUCKET", BUCKET));
        s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1).forcePathStyle(true)
                .endpointOverride(moto.endpoint()).credentialsProvider(StaticCredentialsProvider.create(key)).build();
        s3.createBucket(b -> b.bucket(BUCKET));
        s3.putBucketVersioning(b -> b.bucket(BUCKET).versioningConfiguration(v -> v.status("Enabled")));
        store = MediaStores.fromEnvironment();
    }

    @AfterAll
    static void stop() {
        Env.clearOverrides();
        if (s3 != null) s3.close();
        if (moto != null) moto.close();
    }

    @Test
    void media_is_stored_sealed_under_its_reference_and_opens_for_its_tenant() {
        var reference = MediaReference.forMessage(A, "wamid.S3-1");
        store.put(reference, new MediaContent(PHOTO, "application/pdf"));

        byte[] object = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(reference.value())).asByteArray();
        assertThat(new String(object, StandardCharsets.ISO_8859_1)).doesNotContain("PLAINTEXT-MARKER");
        assertThat(store.contains(reference)).isTrue();
        assertThat(store.open(reference.value(), A)).isInstanceOfSatisfying(MediaOpening.Opened.class, opened -> {
            assertThat(opened.content().bytes()).isEqualTo(PHOTO);
            assertThat(opened.content().mimeType()).isEqualTo("application/pdf");
        });
    }

    @Test
    void a_large_binary_body_round_trips_byte_for_byte() {
        byte[] video = new byte[6 * 1024 * 1024 + 7];
        new Random(11).nextBytes(video);
        var reference = MediaReference.forMessage(A, "wamid.S3-large");
        store.put(reference, new MediaContent(video, "video/mp4"));

        assertThat(s3.headObject(b -> b.bucket(BUCKET).key(reference.value())).contentLength()).isGreaterThan(video.length);
        assertThat(store.open(reference.value(), A)).isInstanceOfSatisfying(MediaOpening.Opened.class,
                opened -> assertThat(opened.content().bytes()).isEqualTo(video));
    }

    @Test
    void another_tenant_is_refused_even_with_a_copy_of_the_object_under_its_own_reference() {
        var ofA = MediaReference.forMessage(A, "wamid.S3-2");
        store.put(ofA, new MediaContent(PHOTO, "image/jpeg"));
        var ofB = MediaReference.forMessage(B, "wamid.S3-2");
        byte[] object = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(ofA.value())).asByteArray();
        s3.putObject(b -> b.bucket(BUCKET).key(ofB.value()), RequestBody.fromBytes(object));

        assertThat(store.open(ofA.value(), B)).isInstanceOf(MediaOpening.Refused.class);
        assertThat(store.open(ofB.value(), B)).isInstanceOf(MediaOpening.Refused.class);
    }

    @Test
    void media_never_stored_is_missing() throws Exception {
        var reference = MediaReference.forMessage(A, "wamid.S3-none");
        assertThat(store.contains(reference)).isFalse();
        assertThat(store.open(reference.value(), A)).isInstanceOf(MediaOpening.Missing.class);
        assertThat(unsignedListingsAllowed(() -> store.delete(reference))).isFalse();
    }

    @Test
    void deleting_removes_every_version_of_the_key_and_nothing_of_its_neighbours() throws Exception {
        var erased = MediaReference.forMessage(A, "wamid.S3-erase");
        var kept = MediaReference.forMessage(A, "wamid.S3-keep");
        store.put(erased, new MediaContent(PHOTO, "image/jpeg"));
        store.put(erased, new MediaContent(PHOTO, "image/png"));
        store.put(kept, new MediaContent(PHOTO, "image/jpeg"));

        unsignedListingsAllowed(() -> {
            assertThat(s3.listObjectVersions(b -> b.bucket(BUCKET).prefix(erased.value())).versions()).hasSize(2);
            assertThat(store.delete(erased)).isTrue();
            var left = s3.listObjectVersions(b -> b.bucket(BUCKET).prefix(erased.value()));
            assertThat(left.versions()).isEmpty();
            assertThat(left.deleteMarkers()).isEmpty();
            assertThat(store.delete(erased)).isFalse();
            return null;
        });
        assertThat(store.contains(erased)).isFalse();
        assertThat(store.open(erased.value(), A)).isInstanceOf(MediaOpening.Missing.class);
        assertThat(store.open(kept.value(), A)).isInstanceOf(MediaOpening.Opened.class);
    }

    @Test
    void a_request_signed_with_the_wrong_secret_is_refused_and_writes_nothing() {
        var forged = new S3MediaStore(objects(BUCKET, AwsBasicCredentials.create(key.accessKeyId(), "not-the-secret")),
                new TenantEnvelopes(TenantCryptos.fromEnvironment()));
        var reference = MediaReference.forMessage(A, "wamid.S3-forged");

        assertThatThrownBy(() -> forged.put(reference, new MediaContent(PHOTO, "image/jpeg")))
                .isInstanceOf(S3RequestFailed.class).hasMessageContaining("PutObject").hasMessageContaining("SignatureDoesNotMatch");
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(BUCKET).key(reference.value()))).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void a_missing_bucket_is_a_failure_not_missing_media() {
        var elsewhere = new S3MediaStore(objects("parley-no-such-bucket", key), new TenantEnvelopes(TenantCryptos.fromEnvironment()));
        var reference = MediaReference.forMessage(A, "wamid.S3-1");

        assertThatThrownBy(() -> elsewhere.open(reference.value(), A))
                .isInstanceOf(S3RequestFailed.class).hasMessageContaining("GetObject").hasMessageContaining("NoSuchBucket");
    }

    private static S3Objects objects(String bucket, AwsBasicCredentials credentials) {
        return new S3Objects(UrlConnectionHttpClient.create(), () -> credentials, "us-east-1", bucket, Optional.of(moto.endpoint()));
    }

    /** While moto still takes unauthenticated calls: an IAM user whose inline policy allows every action, and its key. */
    private static AwsBasicCredentials iamUserAllowedEverything() throws Exception {
        iam("Action=CreateUser&UserName=media");
        iam("Action=PutUserPolicy&UserName=media&PolicyName=all&PolicyDocument=" + URLEncoder.encode(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}", StandardCharsets.UTF_8));
        String created = iam("Action=CreateAccessKey&UserName=media");
        return AwsBasicCredentials.create(element(created, "AccessKeyId"), element(created, "SecretAccessKey"));
    }

    private static void requireSignedRequests() throws Exception {
        authenticateAfter("0");
    }

    /**
     * moto 5.2.1 recomputes a different signature for ListObjectVersions ({@code ?versions}) than the S3
     * client itself sends, so listings (and the erasure that lists) run with moto's checks off; every
     * other call here is checked.
     */
    private static <T> T unsignedListingsAllowed(Callable<T> work) throws Exception {
        authenticateAfter("inf");
        try {
            return work.call();
        } finally {
            authenticateAfter("0");
        }
    }

    private static void authenticateAfter(String unauthenticatedCalls) throws Exception {
        var reset = HttpRequest.newBuilder(moto.endpoint().resolve("/moto-api/reset-auth"))
                .POST(HttpRequest.BodyPublishers.ofString(unauthenticatedCalls)).build();
        assertThat(HttpClient.newHttpClient().send(reset, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private static String iam(String form) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(moto.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=setup/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&Version=2010-05-08")).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        assertThat(m.find()).as("%s in %s", name, xml).isTrue();
        return m.group(1);
    }
}
