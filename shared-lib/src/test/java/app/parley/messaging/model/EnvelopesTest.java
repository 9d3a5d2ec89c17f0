package app.parley.messaging.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnvelopesTest {
    private static final TenantId TENANT = new TenantId("t_01J9Z8Q7W6E5R4T3Y2X1H0P9AB");
    private static final Customer CUSTOMER = new Customer("15550002222", "Sheena Nelson");
    private static final Instant AT = Instant.ofEpochSecond(1749416383);

    static Stream<InboundContent> inboundContents() {
        return Stream.of(
                new InboundContent.Text("Does it come in another color?"),
                new InboundContent.Media(MediaKind.DOCUMENT, "622684793477189", "application/pdf", "my receipt",
                        "receipt.pdf", "V5OPpLD/gEG6Xjg0MbmQDLFgcKsL+j5LfY4ny/pZ4MY=", false),
                new InboundContent.Media(MediaKind.AUDIO, "827776106019109", "audio/ogg; codecs=opus", null, null, null, true),
                new InboundContent.Location(37.44221496582, -122.16165924072, "Philz Coffee", null, null),
                new InboundContent.Contacts(List.of(new InboundContent.SharedContact("Barbara J. Johnson", null,
                        List.of(new InboundContent.SharedPhone("+1 (555) 000-3333", "15550003333", "MOBILE"))))),
                new InboundContent.InteractiveReply(InboundContent.ReplyKind.LIST_ROW, "priority_express",
                        "Priority Mail Express", "Next Day to 2 Days"),
                new InboundContent.Reaction("wamid.X", "\uD83D\uDC4D"),
                new InboundContent.SystemNotice("user_changed_number", "User changed number", "15550004444"),
                new InboundContent.Unsupported("WhatsApp does not deliver 'edit' messages"));
    }

    @ParameterizedTest
    @MethodSource("inboundContents")
    void an_inbound_message_survives_a_json_round_trip(InboundContent content) {
        InboundMessage message = new InboundMessage(TENANT, Channel.CLOUD_API, "106540352242922", CUSTOMER,
                "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ3RkI0OEU1MUY1RDE5RDRGMUMxMwA=", AT, content, "wamid.previous");
        assertThat(Envelopes.fromJson(Envelopes.toJson(message), InboundMessage.class)).isEqualTo(message);
    }

    static Stream<OutboundContent> outboundContents() {
        return Stream.of(
                new OutboundContent.Text("Hello", true),
                new OutboundContent.Image(new MediaSource.Link("https://example.com/a.jpg"), "Menu"),
                new OutboundContent.Document(new MediaSource.Uploaded("985569392615996"), null, "quote.pdf"),
                new OutboundContent.Buttons("Booking", "Shall I book it?", null,
                        List.of(new OutboundContent.ReplyButton("yes", "Yes"))),
                new OutboundContent.ListMenu(null, "Pick one", "Thanks", "Options", List.of(new OutboundContent.ListSection(
                        "Fast", List.of(new OutboundContent.ListRow("express", "Express", null))))));
    }

    @ParameterizedTest
    @MethodSource("outboundContents")
    void an_outbound_message_survives_a_json_round_trip(OutboundContent content) {
        OutboundMessage message = new OutboundMessage("out_01J9", TENANT, "conv_1", CUSTOMER, "wamid.in",
                MessageOrigin.AGENT, content);
        assertThat(Envelopes.fromJson(Envelopes.toJson(message), OutboundMessage.class)).isEqualTo(message);
    }

    @Test
    void a_status_update_survives_a_json_round_trip() {
        StatusUpdate status = new StatusUpdate("wamid.X", DeliveryStatus.FAILED, "15550002222", AT,
                List.of(new StatusUpdate.DeliveryError(131047, "Re-engagement message", "More than 24 hours")));
        assertThat(Envelopes.fromJson(Envelopes.toJson(status), StatusUpdate.class)).isEqualTo(status);
    }

    @Test
    void a_status_keeps_its_callback_data_across_the_queue_and_an_older_body_reads_without_it() {
        StatusUpdate status = new StatusUpdate("wamid.X", DeliveryStatus.SENT, "15550002222", AT, List.of(), "parley:out_1");
        assertThat(Envelopes.fromJson(Envelopes.toJson(status), StatusUpdate.class)).isEqualTo(status);
        String older = Envelopes.toJson(new StatusUpdate("wamid.X", DeliveryStatus.SENT, "15550002222", AT, List.of()))
                .replace(",\"callbackData\":null", "");
        assertThat(Envelopes.fromJson(older, StatusUpdate.class).callbackData()).isNull();
    }

    @Test
    void the_json_is_readable_with_tenant_ids_as_strings_and_iso_instants() {
        String json = Envelopes.toJson(new InboundMessage(TENANT, Channel.UNOFFICIAL, "gw-1", CUSTOMER, "ext-1", AT,
                new InboundContent.Text("hi"), null));
        assertThat(json).contains("\"tenantId\":\"" + TENANT.value() + "\"")
                .contains("\"timestamp\":\"2025-06-08T20:59:43Z\"")
                .contains("\"content\":{\"type\":\"text\",\"body\":\"hi\"}")
                .doesNotContain("repliedToMessageId");
    }

    @Test
    void unknown_fields_from_a_newer_producer_are_ignored() {
        String json = Envelopes.toJson(new StatusUpdate("wamid.X", DeliveryStatus.READ, null, AT, List.of()));
        String newer = json.replaceFirst("\\{", "{\"addedLater\":1,");
        assertThat(Envelopes.fromJson(newer, StatusUpdate.class).status()).isEqualTo(DeliveryStatus.READ);
    }

    @Test
    void a_body_that_is_not_an_envelope_is_refused() {
        assertThatThrownBy(() -> Envelopes.fromJson("{\"tenantId\":\"nope\"}", InboundMessage.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the body is not a valid InboundMessage");
    }

    @Test
    void the_message_group_is_the_tenant_and_the_customer() {
        assertThat(Fifo.messageGroupId(TENANT, "15550002222")).isEqualTo(TENANT.value() + "#15550002222");
    }

    @Test
    void a_wamid_is_its_own_deduplication_id() {
        assertThat(Fifo.deduplicationId("wamid.HBgLMTU1NTAwMDIyMjIVAgASGApBODBDMTM5MDdEAA=="))
                .isEqualTo("wamid.HBgLMTU1NTAwMDIyMjIVAgASGApBODBDMTM5MDdEAA==");
    }

    @Test
    void an_id_sqs_would_refuse_is_hashed_into_a_valid_deduplication_id() {
        String hashed = Fifo.deduplicationId("x".repeat(200));
        assertThat(hashed).hasSize(64).matches("[0-9a-f]+");
        assertThat(Fifo.deduplicationId("id with spaces")).isEqualTo(Fifo.deduplicationId("id with spaces")).hasSize(64);
    }

    @Test
    void content_that_whatsapp_would_refuse_cannot_be_built() {
        var button = new OutboundContent.ReplyButton("b", "B");
        assertThatThrownBy(() -> new OutboundContent.Buttons(null, "Pick", null, List.of(button, button, button, button)))
                .hasMessage("reply buttons need 1 to 3 buttons, not 4");
        assertThatThrownBy(() -> new OutboundContent.ReplyButton("b", "a title longer than twenty"))
                .hasMessage("button title has more than 20 characters");
        assertThatThrownBy(() -> new OutboundContent.Text(" ")).hasMessage("text body is empty");
    }
}
