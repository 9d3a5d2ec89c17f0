package app.parley.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.messaging.model.Channel;
import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.InboundMessage;
import app.parley.tenancy.model.TenantId;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudWebhookParserTest {
    private final CloudWebhookParser parser = new CloudWebhookParser();

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "{\"object\":\"page\",\"entry\":[]}", "{\"object\":\"whatsapp_business_account\"}",
            "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":"})
    void malformed_bodies_are_rejected_with_a_sentence(String body) {
        assertThat(parser.parse(body)).isInstanceOfSatisfying(WebhookParse.Rejected.class,
                rejected -> assertThat(rejected.reason()).startsWith("the webhook"));
    }

    @Test
    void a_null_body_is_rejected() {
        assertThat(parser.parse((byte[]) null)).isInstanceOf(WebhookParse.Rejected.class);
    }

    @Test
    void an_oversized_body_is_rejected_before_it_is_read() {
        byte[] body = WhatsAppFixtures.bytes("webhook_inbound_text.json");
        assertThat(new CloudWebhookParser(100).parse(body)).isInstanceOfSatisfying(WebhookParse.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains("more than the 100 accepted"));
    }

    @Test
    void deeply_nested_json_is_rejected_not_thrown() {
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(parser.parse(body)).isInstanceOf(WebhookParse.Rejected.class);
    }

    @Test
    void an_unknown_message_type_becomes_unsupported_content() {
        String body = WhatsAppFixtures.read("webhook_inbound_text.json")
                .replace("\"type\": \"text\"", "\"type\": \"hologram\"");
        WebhookParse.Parsed parsed = (WebhookParse.Parsed) parser.parse(body);
        assertThat(parsed.allMessages().getFirst().content())
                .isEqualTo(new InboundContent.Unsupported("WhatsApp message type 'hologram' is not supported"));
    }

    @Test
    void a_message_without_an_id_is_skipped_and_said_so() {
        String body = WhatsAppFixtures.read("webhook_inbound_text.json").replaceFirst("\"id\": \"wamid[^\"]*\",", "");
        WebhookParse.Parsed parsed = (WebhookParse.Parsed) parser.parse(body);
        assertThat(parsed.allMessages()).isEmpty();
        assertThat(parsed.skipped()).containsExactly("a message without id, sender or timestamp was ignored");
    }

    @Test
    void changes_for_other_fields_are_ignored() {
        String body = WhatsAppFixtures.read("webhook_inbound_text.json").replace("\"field\": \"messages\"", "\"field\": \"account_update\"");
        assertThat(parser.parse(body)).isEqualTo(new WebhookParse.Parsed(java.util.List.of(), java.util.List.of()));
    }

    @Test
    void a_wrongly_typed_field_does_not_throw() {
        String body = WhatsAppFixtures.read("webhook_inbound_location.json").replace("37.44221496582", "\"north\"");
        WebhookParse.Parsed parsed = (WebhookParse.Parsed) parser.parse(body.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.allMessages().getFirst().content()).isInstanceOf(InboundContent.Unsupported.class);
    }

    @Test
    void a_received_message_becomes_an_envelope_for_the_routed_tenant() {
        TenantId tenant = TenantId.newId();
        WebhookParse.Parsed parsed = (WebhookParse.Parsed) parser.parse(WhatsAppFixtures.bytes("webhook_inbound_text.json"));
        InboundMessage envelope = parsed.allMessages().getFirst().toEnvelope(tenant);
        assertThat(envelope.tenantId()).isEqualTo(tenant);
        assertThat(envelope.channel()).isEqualTo(Channel.CLOUD_API);
        assertThat(envelope.businessNumberId()).isEqualTo("106540352242922");
        assertThat(envelope.messageGroupId()).isEqualTo(tenant.value() + "#15550002222");
        assertThat(envelope.deduplicationId()).isEqualTo(envelope.externalMessageId());
    }
}
