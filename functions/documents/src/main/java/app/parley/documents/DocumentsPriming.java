package app.parley.documents;

import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.EventFixtures;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import app.parley.snapstart.StartUp;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/** Before the snapshot: the SDK paths, then an invoice PDF asked for without a token, refused 401 before any table is read. */
final class DocumentsPriming {
    private DocumentsPriming() {}

    /**
     * On a second thread while the wiring is built: the JDK's TLS set-up, which the SDK clients' construction needs halfway
     * and which shares no class with it, then the DynamoDB request paths (get, query, put) that a signed-in request's first
     * table reads take.
     */
    static void startAlongside() {
        StartUp.alongside("documents", StartUp.tls(), Priming.step("dynamodb", () -> SdkPriming.dynamo(new CannedAwsHttp())));
    }

    static Priming register(DocumentsHandler handler) {
        CannedAwsHttp http = new CannedAwsHttp();
        return Priming.register("documents",
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("sqs", () -> SdkPriming.sqs(http)),
                Priming.step("unauthenticated call refused", () -> handler.handleRequest(unauthenticated(), null)));
    }

    static APIGatewayV2HTTPEvent unauthenticated() {
        return EventFixtures.read(DocumentsPriming.class, EventFixtures.of("documents"), APIGatewayV2HTTPEvent.class);
    }
}
