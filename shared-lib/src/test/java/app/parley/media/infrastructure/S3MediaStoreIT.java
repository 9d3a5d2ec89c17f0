package app.parley.media.infrastructure;

import app.parley.local.engines.MotoServer;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.config.Env;
import app.parley.media.application.MediaOpening;
import app.parley.media.application.MediaStore;
import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.tenancy.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The cloud media store wired from the environment, against moto_server's S3 and KMS. */
class S3MediaStoreIT {
    private static final TenantId A = new TenantId("t_01JQ3V4W5X6Y7Z8A9B0C1D2E3F");
    private static final TenantId B = new TenantId("t_01JQ3V4W5X6Y7Z8A9B0C1D2E3G");
    private static final String BUCKET = "parley-media-test";
    private static final byte[] PHOTO = "PLAINTEXT-MARKER: a customer's prescription".getBytes(StandardCharsets.UTF_8);
    private static MotoServer moto;
    private static S3Client s3;
    private static MediaStore store;

    @BeforeAll
    static void start() {
        moto = MotoServer.start();
        Env.override(Map.of("AWS_ENDPOINT_URL_S3", moto.endpoint().toString(), "AWS_ENDPOINT_URL_KMS", moto.endpoint().toString(),
                "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local", "MEDIA_STORE", "s3", "TENANT_KEYS", "kms"));
        s3 = AwsMediaClients.s3();
        s3.createBucket(b -> b.bucket(BUCKET));
        Env.override(Map.of("MEDIA_BUCKET", BUCKET));
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
    void media_never_stored_is_missing() {
        var reference = MediaReference.forMessage(A, "wamid.S3-none");
        assertThat(store.contains(reference)).isFalse();
        assertThat(store.open(reference.value(), A)).isInstanceOf(MediaOpening.Missing.class);
    }
}
