package app.parley.billing.function;

import app.parley.billing.application.ReceivingPaymentEvents;
import app.parley.billing.application.ReceivingPaymentEvents.Receipt;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** {@code POST /webhooks/stripe}: the raw body and {@code Stripe-Signature} go to the use case; the receipt maps to a status. */
final class StripeWebhookRoute {
    private final ReceivingPaymentEvents receiving;

    StripeWebhookRoute(ReceivingPaymentEvents receiving) { this.receiving = receiving; }

    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent request) {
        if (!"/webhooks/stripe".equals(request.getRawPath())) return json(404, "{\"error\":\"not_found\",\"message\":\"There is no such endpoint.\"}");
        return switch (receiving.receive(body(request), header(request.getHeaders(), "stripe-signature"))) {
            case Receipt.Applied a -> json(200, "{\"received\":true}");
            case Receipt.Duplicate d -> json(200, "{\"received\":true,\"duplicate\":true}");
            case Receipt.Ignored i -> json(200, "{\"received\":true,\"ignored\":true}");
            case Receipt.Rejected r -> json(400, "{\"error\":\"invalid_signature\",\"message\":\"The Stripe signature could not be verified.\"}");
            case Receipt.RetryLater r -> json(503, "{\"error\":\"retry_later\",\"message\":\"The event could not be applied now; retry.\"}");
        };
    }

    private static String body(APIGatewayV2HTTPEvent request) {
        String body = request.getBody();
        if (body == null || !request.getIsBase64Encoded()) return body;
        return new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
    }

    private static String header(Map<String, String> headers, String name) {
        if (headers == null) return null;
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static APIGatewayV2HTTPResponse json(int status, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "application/json")).withBody(body).build();
    }
}
