package app.parley.payments;

import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.EventFixtures;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import app.parley.snapstart.StartUp;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/** Before the snapshot: the SDK's DynamoDB path, then a checkout asked for without a token, refused 401 before any table is read. */
final class PaymentsPriming {
    private PaymentsPriming() {}

    /**
     * On a second thread while the wiring is built: the JDK's TLS set-up, which the SDK clients' construction needs halfway
     * and which shares no class with it. Not the SDK request paths: the router's construction is long and walks the same SDK
     * classes, the health check and a refused call make no SDK call, and run alongside they cost more CPU than they saved
     * (measured); priming takes them before a snapshot.
     */
    static void startAlongside() {
        StartUp.alongside("payments", StartUp.tls());
    }

    static Priming register(PaymentsHandler handler) {
        CannedAwsHttp http = new CannedAwsHttp();
        return Priming.register("payments",
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("unauthenticated call refused", () -> handler.handleRequest(unauthenticated(), null)));
    }

    static APIGatewayV2HTTPEvent unauthenticated() {
        return EventFixtures.read(PaymentsPriming.class, EventFixtures.of("payments"), APIGatewayV2HTTPEvent.class);
    }
}
