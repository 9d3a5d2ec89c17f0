package app.parley.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.messaging.model.Customer;
import app.parley.messaging.model.MediaSource;
import app.parley.messaging.model.MessageOrigin;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against {@link FakeGraphApi}: Meta's request format on the wire, and its answers. */
class GraphApiClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NUMBER = "106540352242922";
    private static final String TOKEN = "EAAJB-test-token";
    private static final String INBOUND = "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ3RkI0OEU1MUY1RDE5RDRGMUMxMwA=";

    private final FakeGraphApi graph = FakeGraphApi.start().requireToken(TOKEN);
    private final GraphApiClient client = new GraphApiClient(graph.baseUrl(), Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void a_text_reply_is_posted_in_metas_format_and_returns_the_wamid() throws IOException {
        SendResult result = client.send(NUMBER, TOKEN, message(new OutboundContent.Text("Hello, Pablo!"), INBOUND));

        assertThat(result).isInstanceOfSatisfying(SendResult.Sent.class,
                sent -> assertThat(sent.wamid()).startsWith("wamid.HBgLMTU1NTAwMDIyMjIVAgAR"));
        FakeGraphApi.Request request = graph.sentMessages().getFirst();
        assertThat(request.path()).isEqualTo("/v21.0/106540352242922/messages");
        assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(request.json()).isEqualTo(json("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"15550002222","biz_opaque_callback_data":"parley:out_1",
                 "context":{"message_id":"%s"},
                 "type":"text","text":{"preview_url":false,"body":"Hello, Pablo!"}}""".formatted(INBOUND)));
    }

    @Test
    void an_image_by_link_carries_its_caption() throws IOException {
        client.send(NUMBER, TOKEN, message(new OutboundContent.Image(new MediaSource.Link("https://example.com/a.jpg"), "Our menu"), null));
        assertThat(graph.sentMessages().getFirst().json()).isEqualTo(json("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"15550002222","biz_opaque_callback_data":"parley:out_1","type":"image",
                 "image":{"link":"https://example.com/a.jpg","caption":"Our menu"}}"""));
    }

    @Test
    void a_document_by_media_id_carries_caption_and_filename() throws IOException {
        client.send(NUMBER, TOKEN, message(new OutboundContent.Document(new MediaSource.Uploaded("985569392615996"),
                "Your quote", "quote.pdf"), null));
        assertThat(graph.sentMessages().getFirst().json()).isEqualTo(json("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"15550002222","biz_opaque_callback_data":"parley:out_1","type":"document",
                 "document":{"id":"985569392615996","caption":"Your quote","filename":"quote.pdf"}}"""));
    }

    @Test
    void reply_buttons_are_sent_as_an_interactive_button_message() throws IOException {
        client.send(NUMBER, TOKEN, message(new OutboundContent.Buttons(null, "Shall I book it?", "Reply below",
                List.of(new OutboundContent.ReplyButton("yes", "Yes"), new OutboundContent.ReplyButton("no", "No"))), null));
        assertThat(graph.sentMessages().getFirst().json()).isEqualTo(json("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"15550002222","biz_opaque_callback_data":"parley:out_1","type":"interactive",
                 "interactive":{"type":"button","body":{"text":"Shall I book it?"},"footer":{"text":"Reply below"},
                  "action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}},
                                       {"type":"reply","reply":{"id":"no","title":"No"}}]}}}"""));
    }

    @Test
    void a_list_menu_is_sent_as_an_interactive_list_message() throws IOException {
        client.send(NUMBER, TOKEN, message(new OutboundContent.ListMenu("Shipping", "Pick a speed", null, "Options",
                List.of(new OutboundContent.ListSection("Fast", List.of(
                        new OutboundContent.ListRow("priority_express", "Priority Mail Express", "Next Day to 2 Days"))))), null));
        assertThat(graph.sentMessages().getFirst().json()).isEqualTo(json("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"15550002222","biz_opaque_callback_data":"parley:out_1","type":"interactive",
                 "interactive":{"type":"list","header":{"type":"text","text":"Shipping"},"body":{"text":"Pick a speed"},
                  "action":{"button":"Options","sections":[{"title":"Fast","rows":[
                   {"id":"priority_express","title":"Priority Mail Express","description":"Next Day to 2 Days"}]}]}}}"""));
    }

    @Test
    void mark_read_sends_metas_read_receipt() throws IOException {
        assertThat(client.markRead(NUMBER, TOKEN, INBOUND, false)).isEqualTo(new ReadResult.MarkedRead());
        assertThat(graph.readReceipts().getFirst().json()).isEqualTo(json("""
                {"messaging_product":"whatsapp","status":"read","message_id":"%s"}""".formatted(INBOUND)));
    }

    @Test
    void mark_read_can_show_the_typing_indicator() throws IOException {
        client.markRead(NUMBER, TOKEN, INBOUND, true);
        assertThat(graph.readReceipts().getFirst().json()).isEqualTo(json("""
                {"messaging_product":"whatsapp","status":"read","message_id":"%s","typing_indicator":{"type":"text"}}"""
                .formatted(INBOUND)));
        assertThat(graph.sentMessages()).isEmpty();
    }

    @Test
    void inbound_media_is_located_then_downloaded_with_the_token() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        graph.putMedia("1227829768162607", "image/png", png);

        MediaResult located = client.mediaUrl("1227829768162607", TOKEN);
        assertThat(located).isInstanceOf(MediaResult.Located.class);
        MediaResult.Located media = (MediaResult.Located) located;
        assertThat(media.mimeType()).isEqualTo("image/png");
        assertThat(media.fileSize()).isEqualTo(4);
        assertThat(graph.requests().getFirst().path()).isEqualTo("/v21.0/1227829768162607");

        assertThat(client.download(media.url(), TOKEN)).isInstanceOfSatisfying(DownloadResult.Downloaded.class, d -> {
            assertThat(d.bytes()).isEqualTo(png);
            assertThat(d.contentType()).isEqualTo("image/png");
        });
    }

    @Test
    void unknown_media_is_a_permanent_object_not_found() {
        assertThat(client.mediaUrl("454545", TOKEN)).isInstanceOfSatisfying(PermanentFailure.class,
                failure -> assertThat(failure.code()).isEqualTo(100));
    }

    @Test
    void a_wrong_token_is_a_permanent_190() {
        assertThat(client.send(NUMBER, "expired", text())).isInstanceOfSatisfying(PermanentFailure.class, failure -> {
            assertThat(failure.code()).isEqualTo(190);
            assertThat(failure.reengagementRequired()).isFalse();
        });
    }

    @Test
    void server_errors_are_retryable_and_the_send_succeeds_once_they_stop() {
        graph.failNext(2, 500, GraphErrorBodies.INTERNAL_ERROR_131000);

        assertThat(client.send(NUMBER, TOKEN, text())).isInstanceOf(RetryableFailure.class);
        assertThat(client.send(NUMBER, TOKEN, text())).isInstanceOf(RetryableFailure.class);
        assertThat(client.send(NUMBER, TOKEN, text())).isInstanceOf(SendResult.Sent.class);
        assertThat(graph.requests()).extracting(FakeGraphApi.Request::answeredStatus).containsExactly(500, 500, 200);
        assertThat(graph.sentMessages()).hasSize(1);
    }

    @Test
    void an_outage_for_a_period_fails_every_request_in_it() {
        graph.failFor(Duration.ofMinutes(1), 503, "");
        assertThat(client.send(NUMBER, TOKEN, text())).isInstanceOfSatisfying(RetryableFailure.class,
                failure -> assertThat(failure.message()).isEqualTo("the Graph API answered HTTP 503"));
        assertThat(client.markRead(NUMBER, TOKEN, INBOUND, true)).isInstanceOf(RetryableFailure.class);
    }

    @Test
    void outside_the_24_hour_window_is_permanent_and_asks_for_reengagement() {
        graph.failNext(1, 400, GraphErrorBodies.REENGAGEMENT_131047);
        assertThat(client.send(NUMBER, TOKEN, text())).isInstanceOfSatisfying(PermanentFailure.class, failure -> {
            assertThat(failure.code()).isEqualTo(131047);
            assertThat(failure.reengagementRequired()).isTrue();
            assertThat(failure.message()).startsWith("(#131047) Re-engagement message: Message failed to send");
        });
    }

    @Test
    void an_unreachable_graph_api_is_retryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        GraphApiClient offline = new GraphApiClient("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2));
        assertThat(offline.send(NUMBER, TOKEN, text())).isInstanceOfSatisfying(RetryableFailure.class,
                failure -> assertThat(failure.code()).isZero());
    }

    @Test
    void a_send_answered_after_the_timeout_is_of_unknown_outcome_not_a_failure() {
        graph.answerSendsLate(1, Duration.ofSeconds(2));
        GraphApiClient impatient = new GraphApiClient(graph.baseUrl(), Duration.ofMillis(300));
        assertThat(impatient.send(NUMBER, TOKEN, text())).isInstanceOfSatisfying(SendResult.OutcomeUnknown.class,
                unknown -> assertThat(unknown.why()).contains("HttpTimeoutException"));
        assertThat(graph.sentMessages()).as("Meta has it all the same").hasSize(1);
    }

    @Test
    void a_slow_read_receipt_times_out_as_a_retryable_failure() {
        graph.respondAfter(Duration.ofSeconds(3));
        GraphApiClient impatient = new GraphApiClient(graph.baseUrl(), Duration.ofMillis(300));
        assertThat(impatient.markRead(NUMBER, TOKEN, INBOUND, true)).isInstanceOfSatisfying(RetryableFailure.class,
                failure -> assertThat(failure.message()).contains("HttpTimeoutException"));
    }

    @Test
    void a_reset_after_the_request_was_written_leaves_the_send_in_doubt() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (var connection = socket.accept()) {
                    connection.getInputStream().read(new byte[512]);
                    connection.setSoLinger(true, 0);
                } catch (IOException ignored) {
                    // closing with linger 0 sends the reset
                }
            });
            GraphApiClient client = new GraphApiClient("http://127.0.0.1:" + socket.getLocalPort(), Duration.ofSeconds(5));
            assertThat(client.send(NUMBER, TOKEN, text())).isInstanceOf(SendResult.OutcomeUnknown.class);
        }
    }

    @Test
    void the_base_url_comes_from_the_environment_with_metas_as_default() {
        assertThat(GraphApiClient.DEFAULT_BASE_URL).isEqualTo("https://graph.facebook.com");
        assertThat(GraphApiClient.BASE_URL_VARIABLE).isEqualTo("WHATSAPP_GRAPH_BASE_URL");
    }

    private static OutboundMessage text() {
        return message(new OutboundContent.Text("Hi"), null);
    }

    private static OutboundMessage message(OutboundContent content, String replyTo) {
        return new OutboundMessage("out_1", TenantId.newId(), "conv_1", new Customer("15550002222", "Pablo"),
                replyTo, MessageOrigin.AI, content);
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }
}
