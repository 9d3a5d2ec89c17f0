package app.parley.api;

import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.EventFixtures;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import app.parley.snapstart.StartUp;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/** Before the snapshot: the SDK paths, then the health check and a refused unauthenticated call through the router. */
final class ApiPriming {
    private ApiPriming() {}

    /**
     * On a second thread while the wiring is built: the JDK's TLS set-up, which the SDK clients' construction needs halfway
     * and which shares no class with it, then the DynamoDB request paths (get, query, put) that a signed-in request's first
     * table reads take.
     */
    static void startAlongside() {
        StartUp.alongside("api", StartUp.tls(), Priming.step("dynamodb", () -> SdkPriming.dynamo(new CannedAwsHttp())));
    }

    static Priming register(ApiHandler handler) {
        CannedAwsHttp http = new CannedAwsHttp();
        return Priming.register("api",
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("sqs", () -> SdkPriming.sqs(http)),
                Priming.step("health", () -> handler.handleRequest(health(), null)),
                Priming.step("unauthenticated call refused", () -> handler.handleRequest(unauthenticated(), null)));
    }

    static APIGatewayV2HTTPEvent health() {
        return EventFixtures.read(ApiPriming.class, EventFixtures.of("api"), APIGatewayV2HTTPEvent.class);
    }

    /** {@code GET /api/me} without a token: answered 401 before any table is read. */
    static APIGatewayV2HTTPEvent unauthenticated() {
        APIGatewayV2HTTPEvent event = health();
        event.setRawPath("/" + event.getRequestContext().getStage() + "/api/me");
        event.getRequestContext().getHttp().setPath(event.getRawPath());
        return event;
    }
}
