package app.parley.media.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.media.infrastructure.LocalMediaStores;
import app.parley.media.model.MediaLimits;
import app.parley.messaging.model.Channel;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.InboundMessage;
import app.parley.messaging.model.MediaKind;
import app.parley.tenancy.model.TenantId;
import app.parley.whatsapp.cloud.FakeGraphApi;
import app.parley.whatsapp.cloud.GraphApiClient;
import app.parley.whatsapp.cloud.GraphErrorBodies;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The use case against the fake Graph API (Meta's wire format) and a real encrypted folder store. */
class KeepingInboundMediaTest {
    private static final TenantId TENANT = new TenantId("t_01JQ3V4W5X6Y7Z8A9B0C1D2E3F");
    private static final byte[] PHOTO = "\u00ff\u00d8 a jpeg of a chipped tooth".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static FakeGraphApi graph;

    @TempDir Path dir;
    private MediaStore store;
    private KeepingInboundMedia keeping;

    @BeforeAll
    static void startGraph() { graph = FakeGraphApi.start(); }

    @AfterAll
    static void stopGraph() { graph.close(); }

    @BeforeEach
    void wire() {
        graph.reset();
        store = LocalMediaStores.inFolder(dir);
        keeping = keeping(MediaLimits.whatsAppDefaults());
    }

    private KeepingInboundMedia keeping(MediaLimits limits) {
        return new KeepingInboundMedia(new GraphApiClient(graph.baseUrl(), Duration.ofSeconds(5)), tenant -> "tenant-token", store, limits);
    }

    @Test
    void an_image_is_downloaded_with_the_tenants_token_checked_and_kept_encrypted() {
        graph.requireToken("tenant-token").putMedia("1001", "image/jpeg", PHOTO);

        var reference = keeping.keep(message(media(MediaKind.IMAGE, "1001", "image/jpeg", sha256(PHOTO)))).orElseThrow();

        assertThat(reference).startsWith("media/" + TENANT.value() + "/");
        assertThat(store.open(reference, TENANT)).isInstanceOfSatisfying(MediaOpening.Opened.class, opened -> {
            assertThat(opened.content().bytes()).isEqualTo(PHOTO);
            assertThat(opened.content().mimeType()).isEqualTo("image/jpeg");
        });
    }

    @Test
    void a_message_delivered_again_keeps_the_same_reference_without_downloading_again() {
        graph.putMedia("1002", "image/png", PHOTO);
        var message = message(media(MediaKind.IMAGE, "1002", "image/png", null));
        var first = keeping.keep(message);
        int requests = graph.requests().size();

        assertThat(keeping.keep(message)).isEqualTo(first).isPresent();
        assertThat(graph.requests()).hasSize(requests);
    }

    @Test
    void a_type_outside_the_allow_list_is_refused_before_anything_is_downloaded() {
        graph.putMedia("1003", "image/svg+xml", PHOTO);

        assertThat(keeping.keep(message(media(MediaKind.IMAGE, "1003", "image/svg+xml", null)))).isEmpty();
        assertThat(graph.requests()).isEmpty();
    }

    @Test
    void a_type_the_lookup_reveals_as_not_allowed_is_refused() {
        graph.putMedia("1004", "application/x-msdownload", PHOTO);

        assertThat(keeping.keep(message(media(MediaKind.DOCUMENT, "1004", null, null)))).isEmpty();
        assertThat(graph.requests()).hasSize(1);
    }

    @Test
    void media_larger_than_the_kinds_limit_is_refused_and_not_stored() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        graph.putMedia("1005", "image/jpeg", big).putMedia("1001", "image/jpeg", PHOTO);

        assertThat(keeping.keep(message(media(MediaKind.IMAGE, "1005", "image/jpeg", null)))).isEmpty();
        assertThat(keeping(MediaLimits.whatsAppDefaults().withMaxBytes(MediaKind.IMAGE, 10))
                .keep(message(media(MediaKind.IMAGE, "1001", "image/jpeg", null)))).isEmpty();
        assertThat(dir.toFile().list()).isNullOrEmpty();
    }

    @Test
    void bytes_that_do_not_match_the_webhooks_sha256_are_refused() {
        graph.putMedia("1006", "image/jpeg", PHOTO);

        assertThat(keeping.keep(message(media(MediaKind.IMAGE, "1006", "image/jpeg", sha256("something else".getBytes())))))
                .isEmpty();
    }

    @Test
    void media_meta_does_not_know_is_refused_not_retried() {
        assertThat(keeping.keep(message(media(MediaKind.AUDIO, "1007", "audio/ogg; codecs=opus", null)))).isEmpty();
    }

    @Test
    void a_temporary_graph_failure_asks_for_the_message_again() {
        graph.putMedia("1008", "video/mp4", PHOTO).failNext(1, 500, GraphErrorBodies.INTERNAL_ERROR_131000);
        var message = message(media(MediaKind.VIDEO, "1008", "video/mp4", null));

        assertThatThrownBy(() -> keeping.keep(message)).isInstanceOf(MediaTemporarilyUnavailable.class);
        assertThat(keeping.keep(message)).isPresent();
    }

    @Test
    void a_tenant_without_a_token_gets_no_media_but_no_failure_either() {
        var noToken = new KeepingInboundMedia(new GraphApiClient(graph.baseUrl(), Duration.ofSeconds(5)), tenant -> {
            throw new IllegalStateException("no WhatsApp access token is stored");
        }, store, MediaLimits.whatsAppDefaults());

        assertThat(noToken.keep(message(media(MediaKind.IMAGE, "1001", "image/jpeg", null)))).isEmpty();
    }

    @Test
    void a_text_message_has_no_media() {
        assertThat(keeping.keep(message(new InboundContent.Text("hello")))).isEmpty();
        assertThat(graph.requests()).isEmpty();
    }

    private static InboundContent.Media media(MediaKind kind, String id, String mimeType, String sha256) {
        return new InboundContent.Media(kind, id, mimeType, "caption", null, sha256, false);
    }

    private static InboundMessage message(InboundContent content) {
        return new InboundMessage(TENANT, Channel.CLOUD_API, "100000000000001", new Customer("15550001111", "Ann"),
                "wamid." + UUID.randomUUID(), Instant.now(), content, null);
    }

    static String sha256(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
