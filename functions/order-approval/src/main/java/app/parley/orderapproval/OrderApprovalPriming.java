package app.parley.orderapproval;

import app.parley.messaging.model.Envelopes;
import app.parley.orders.model.OrderRequested;
import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.EventFixtures;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import app.parley.snapstart.StartUp;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/** Before the snapshot: the SDK's DynamoDB path and reading the sample order request; nothing is stored. */
final class OrderApprovalPriming {
    private OrderApprovalPriming() {}

    static Priming register() {
        CannedAwsHttp http = new CannedAwsHttp();
        return Priming.register("order-approval",
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("read batch", OrderApprovalPriming::readSampleBatch));
    }

    /** On a second thread while the wiring is built: TLS, reading the request, then the SDK's DynamoDB path. */
    static void startAlongside() {
        StartUp.alongside("order-approval", StartUp.tls(), Priming.step("read batch", OrderApprovalPriming::readSampleBatch),
                Priming.step("dynamodb", () -> SdkPriming.dynamo(new CannedAwsHttp())));
    }

    /** The same for the decisions: TLS, the SDK's DynamoDB and SQS paths (the decision is told through outbound.fifo). */
    static void startDecisionsAlongside() {
        CannedAwsHttp http = new CannedAwsHttp();
        StartUp.alongside("order-decision", StartUp.tls(),
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("sqs", () -> SdkPriming.sqs(http)));
    }

    static void readSampleBatch() {
        SQSEvent event = EventFixtures.read(OrderApprovalPriming.class, EventFixtures.of("order-approval"), SQSEvent.class);
        event.getRecords().forEach(m -> Envelopes.fromJson(m.getBody(), OrderRequested.class));
    }
}
