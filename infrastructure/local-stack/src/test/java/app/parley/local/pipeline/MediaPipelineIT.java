package app.parley.local.pipeline;

import static app.parley.local.pipeline.PipelineStack.SUNRISE;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.infrastructure.DynamoCustomerConversations;
import app.parley.conversation.infrastructure.DynamoMessages;
import app.parley.conversation.model.Message;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.local.Eventually;
import app.parley.media.application.MediaOpening;
import app.parley.media.infrastructure.MediaStores;
import app.parley.tenancy.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inbound media end to end on the local stack: webhook → fake Graph media download → encrypted folder store. */
class MediaPipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicInteger CUSTOMERS = new AtomicInteger(700);
    private static final byte[] PHOTO = "\u00ff\u00d8\u00ff PLAINTEXT-MARKER photo of a chipped tooth"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static PipelineStack p;

    @BeforeAll
    static void start() { p = PipelineStack.start(); }

    @AfterAll
    static void stop() { if (p != null) p.close(); }

    @Test
    void an_image_is_kept_encrypted_and_the_stored_message_references_it() {
        TenantId sunrise = p.tenant("sunrise-dental");
        String customer = newCustomer(), id = wamid();
        p.graph.putMedia("2000000000000001", "image/jpeg", PHOTO);

        assertThat(p.post(MediaWebhooks.image(SUNRISE, customer, id, "2000000000000001", "image/jpeg", PHOTO,
                "How much is teeth whitening?"))).isEqualTo(200);

        Eventually.within(WAIT, () -> p.sentTo(customer).size() == 1);
        Message stored = inbound(sunrise, customer).orElseThrow();
        assertThat(stored.mediaRef()).startsWith("media/" + sunrise.value() + "/");
        assertThat(MediaStores.fromEnvironment().open(stored.mediaRef(), sunrise)).isInstanceOfSatisfying(
                MediaOpening.Opened.class, opened -> assertThat(opened.content().bytes()).isEqualTo(PHOTO));
        assertThat(MediaStores.fromEnvironment().open(stored.mediaRef(), p.tenant("bloom-and-stem")))
                .isInstanceOf(MediaOpening.Refused.class);
    }

    @Test
    void an_oversized_image_and_a_wrong_type_are_refused_and_the_caption_is_still_answered() {
        TenantId sunrise = p.tenant("sunrise-dental");
        String big = newCustomer(), gif = newCustomer();
        p.graph.putMedia("2000000000000002", "image/jpeg", new byte[5 * 1024 * 1024 + 1]);
        p.graph.putMedia("2000000000000003", "image/gif", PHOTO);

        assertThat(p.post(MediaWebhooks.image(SUNRISE, big, wamid(), "2000000000000002", "image/jpeg",
                new byte[5 * 1024 * 1024 + 1], "How much is teeth whitening?"))).isEqualTo(200);
        assertThat(p.post(MediaWebhooks.image(SUNRISE, gif, wamid(), "2000000000000003", "image/gif", PHOTO,
                "How much is teeth whitening?"))).isEqualTo(200);

        Eventually.within(WAIT, () -> p.sentTo(big).size() == 1 && p.sentTo(gif).size() == 1);
        assertThat(PipelineStack.replyText(p.sentTo(big).getFirst())).contains("Teeth whitening");
        for (String customer : List.of(big, gif)) {
            Message stored = inbound(sunrise, customer).orElseThrow();
            assertThat(stored.mediaRef()).isNull();
            assertThat(stored.text()).isEqualTo("How much is teeth whitening?");
        }
    }

    private static Optional<Message> inbound(TenantId tenant, String customer) {
        var conversations = new DynamoConversations(p.tables.tenant());
        var conversation = new DynamoCustomerConversations(p.tables, new DynamoCustomers(p.tables.tenant()), conversations)
                .continueFor(tenant, customer, "Test", Instant.now());
        return new DynamoMessages(p.tables.tenant()).latest(tenant, conversation.id(), 10).stream()
                .filter(m -> m.direction() == app.parley.conversation.model.Direction.INBOUND).findFirst();
    }

    private static String newCustomer() { return "1555030" + String.format("%04d", CUSTOMERS.incrementAndGet()); }

    private static String wamid() { return "wamid.M" + UUID.randomUUID().toString().replace("-", ""); }
}
