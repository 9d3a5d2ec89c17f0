package app.parley.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.messaging.application.ReceivingWebhooks;
import app.parley.whatsapp.cloud.CloudWebhookParser;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies refused before any signature or JSON work (routes and queue are never reached on these paths). */
class WebhookHandlerTest {
    private final WebhookHandler handler = new WebhookHandler(new WebhookWiring(new Handshake("verify"),
            new ReceivingWebhooks("app-secret", new CloudWebhookParser(), null, null, null)));

    @Test
    void an_oversized_body_is_refused_with_413_before_it_is_read() {
        var answer = handler.handleRequest(post("{\"object\":\"" + "x".repeat(WebhookHandler.MAX_BYTES) + "\"}", false), null);
        assertThat(answer.getStatusCode()).isEqualTo(413);
        assertThat(answer.getBody()).contains("payload_too_large").doesNotContain("Exception");
    }

    @Test
    void a_body_that_is_not_base64_is_a_400_not_a_crash() {
        var answer = handler.handleRequest(post("%%% not base64 %%%", true), null);
        assertThat(answer.getStatusCode()).isEqualTo(400);
        assertThat(answer.getBody()).contains("not valid base64");
    }

    @Test
    void a_readable_body_without_a_valid_signature_is_a_401() {
        var answer = handler.handleRequest(post(Base64.getEncoder().encodeToString("{}".getBytes()), true), null);
        assertThat(answer.getStatusCode()).isEqualTo(401);
    }

    private static APIGatewayV2HTTPEvent post(String body, boolean base64) {
        return APIGatewayV2HTTPEvent.builder().withBody(body).withIsBase64Encoded(base64)
                .withHeaders(Map.of("x-hub-signature-256", "sha256=00"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").build()).build())
                .build();
    }
}
