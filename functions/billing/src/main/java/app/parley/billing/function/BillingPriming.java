package app.parley.billing.function;

import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.EventFixtures;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import app.parley.snapstart.StartUp;
import java.util.HashMap;
import java.util.Map;

/** Before the snapshot: the SDK's DynamoDB path, reading the sample schedule tick and a refused unsigned Stripe webhook. */
final class BillingPriming {
    private BillingPriming() {}

    static Priming register(BillingHandler handler) {
        CannedAwsHttp http = new CannedAwsHttp();
        return Priming.register("billing",
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                readScheduleTick(),
                Priming.step("unsigned Stripe webhook refused", () -> handler.handleRequest(unsignedStripeWebhook(), null)));
    }

    /** On a second thread while the wiring is built: TLS, reading the tick, then the SDK's DynamoDB path. */
    static void startAlongside() {
        StartUp.alongside("billing", StartUp.tls(), readScheduleTick(), Priming.step("dynamodb", () -> SdkPriming.dynamo(new CannedAwsHttp())));
    }

    private static Priming.Step readScheduleTick() {
        return Priming.step("read schedule tick", () -> LambdaEvents.typed(EventFixtures.readMap(BillingPriming.class, EventFixtures.of("billing"))));
    }

    /** What API Gateway sends for a Stripe webhook without {@code Stripe-Signature}: refused before anything is read or written. */
    static Map<String, Object> unsignedStripeWebhook() {
        Map<String, Object> request = new HashMap<>();
        request.put("version", "2.0");
        request.put("routeKey", "POST /webhooks/stripe");
        request.put("rawPath", "/webhooks/stripe");
        request.put("headers", Map.of("content-type", "application/json"));
        request.put("requestContext", Map.of("http", Map.of("method", "POST", "path", "/webhooks/stripe")));
        request.put("body", "{\"id\":\"evt_priming\",\"type\":\"invoice.paid\",\"data\":{\"object\":{}}}");
        request.put("isBase64Encoded", false);
        return request;
    }
}
