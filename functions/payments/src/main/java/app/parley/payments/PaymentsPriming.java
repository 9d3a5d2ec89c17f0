package app.parley.payments;

import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.EventFixtures;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/** Before the snapshot: the SDK's DynamoDB path, then a checkout asked for without a token, refused 401 before any table is read. */
final class PaymentsPriming {
    private PaymentsPriming() {}

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
