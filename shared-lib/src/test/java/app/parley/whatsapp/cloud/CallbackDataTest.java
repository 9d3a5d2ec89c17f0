package app.parley.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.messaging.model.DeliveryStatus;
import app.parley.messaging.model.StatusUpdate;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Our outgoing message's id travels as biz_opaque_callback_data and comes back in Meta's statuses. */
class CallbackDataTest {

    @Test
    void our_id_goes_out_prefixed_and_comes_back_as_it_was() {
        assertThat(CallbackData.of("out_01M81EQ89KC2WRK287NJYV643A")).isEqualTo("parley:out_01M81EQ89KC2WRK287NJYV643A");
        assertThat(CallbackData.outboundId("parley:out_01M81EQ89KC2WRK287NJYV643A")).contains("out_01M81EQ89KC2WRK287NJYV643A");
    }

    @Test
    void another_apps_value_or_a_key_breaking_id_is_not_ours() {
        assertThat(CallbackData.outboundId(null)).isEmpty();
        assertThat(CallbackData.outboundId("{\"source\":\"api\"}")).isEmpty();
        assertThat(CallbackData.outboundId("parley:out#1#META")).isEmpty();
        assertThat(CallbackData.outboundId("parley:")).isEmpty();
        assertThatThrownBy(() -> CallbackData.of("out#1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_parser_keeps_the_callback_data_a_status_echoes() {
        String body = StatusWebhooks.body("106540352242922", "wamid.HBgLMTU1NTAwMDIyMjIVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA",
                "15550002222", "parley:out_7", "delivered");
        var parsed = (WebhookParse.Parsed) new CloudWebhookParser().parse(body.getBytes(StandardCharsets.UTF_8));
        StatusUpdate status = parsed.numbers().getFirst().statuses().getFirst();
        assertThat(status.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(status.callbackData()).isEqualTo("parley:out_7");
        assertThat(CallbackData.outboundId(status.callbackData())).contains("out_7");
    }
}
