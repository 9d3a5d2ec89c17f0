package app.parley.webhook;

import app.parley.messaging.application.WebhookReceipt;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import app.parley.whatsapp.cloud.WebhookSignature;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** {@code GET/POST /webhooks/whatsapp}: Meta's verification handshake and signed Cloud API webhooks. */
public final class WebhookHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Primed {
    private final WebhookWiring wiring;
    private final Priming priming;

    public WebhookHandler() { this(WebhookWiring.fromEnvironment()); }

    WebhookHandler(WebhookWiring wiring) {
        this.wiring = wiring;
        this.priming = WebhookPriming.register(this);
    }

    @Override
    public Priming priming() { return priming; }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if ("GET".equalsIgnoreCase(event.getRequestContext().getHttp().getMethod())) {
            Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
            return wiring.handshake().challengeFor(query.get("hub.mode"), query.get("hub.verify_token"), query.get("hub.challenge"))
                    .map(challenge -> Responses.text(200, challenge))
                    .orElseGet(() -> Responses.error(403, "forbidden", "The verify token does not match."));
        }
        String signature = event.getHeaders() == null ? null : event.getHeaders().get(WebhookSignature.HEADER.toLowerCase());
        return switch (wiring.receiving().receive(rawBody(event), signature)) {
            case WebhookReceipt.Queued queued -> Responses.json(200, "{\"status\":\"queued\"}");
            case WebhookReceipt.BadSignature bad -> Responses.error(401, "invalid_signature", "The webhook signature is missing or wrong.");
            case WebhookReceipt.Unreadable unreadable -> Responses.error(400, "bad_request", unreadable.reason());
            case WebhookReceipt.NotQueued notQueued -> Responses.error(500, "not_queued", "The webhook could not be queued; retry.");
        };
    }

    private static byte[] rawBody(APIGatewayV2HTTPEvent event) {
        String body = event.getBody() == null ? "" : event.getBody();
        return event.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }
}
