package app.parley.webhook;

import app.parley.config.InvocationLog;
import app.parley.messaging.application.WebhookReceipt;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import app.parley.whatsapp.cloud.CloudWebhookParser;
import app.parley.whatsapp.cloud.WebhookSignature;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** {@code GET/POST /webhooks/whatsapp}: Meta's verification handshake and signed Cloud API webhooks. */
public final class WebhookHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Primed {
    static final int MAX_BYTES = CloudWebhookParser.DEFAULT_MAX_BYTES;
    private static final byte[] UNDECODABLE = new byte[0];
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
        return InvocationLog.around(context, () -> respond(event));
    }

    private APIGatewayV2HTTPResponse respond(APIGatewayV2HTTPEvent event) {
        if ("GET".equalsIgnoreCase(event.getRequestContext().getHttp().getMethod())) {
            Map<String, String> query = event.getQueryStringParameters() == null ? Map.of() : event.getQueryStringParameters();
            return wiring.handshake().challengeFor(query.get("hub.mode"), query.get("hub.verify_token"), query.get("hub.challenge"))
                    .map(challenge -> Responses.text(200, challenge))
                    .orElseGet(() -> Responses.error(403, "forbidden", "The verify token does not match."));
        }
        String signature = event.getHeaders() == null ? null : event.getHeaders().get(WebhookSignature.HEADER.toLowerCase());
        Optional<byte[]> body = rawBody(event);
        if (body.isEmpty()) return Responses.error(413, "payload_too_large", "The webhook body is larger than " + MAX_BYTES + " bytes.");
        if (body.get() == UNDECODABLE) return Responses.error(400, "bad_request", "The webhook body is not valid base64.");
        return switch (wiring.receiving().receive(body.get(), signature)) {
            case WebhookReceipt.Queued queued -> Responses.json(200, "{\"status\":\"queued\"}");
            case WebhookReceipt.BadSignature bad -> Responses.error(401, "invalid_signature", "The webhook signature is missing or wrong.");
            case WebhookReceipt.Unreadable unreadable -> Responses.error(400, "bad_request", unreadable.reason());
            case WebhookReceipt.NotQueued notQueued -> Responses.error(500, "not_queued", "The webhook could not be queued; retry.");
        };
    }

    /** Refused early, before any signature or JSON work: empty when over {@link #MAX_BYTES}, {@link #UNDECODABLE} for bad base64. */
    private static Optional<byte[]> rawBody(APIGatewayV2HTTPEvent event) {
        String body = event.getBody() == null ? "" : event.getBody();
        if (body.length() > MAX_BYTES * 4L / 3 + 4) return Optional.empty();
        byte[] bytes;
        try {
            bytes = event.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(UNDECODABLE);
        }
        return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
    }
}
