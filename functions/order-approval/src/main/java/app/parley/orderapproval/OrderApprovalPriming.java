package app.parley.orderapproval;

import app.parley.messaging.model.Envelopes;
import app.parley.orders.model.OrderRequested;
import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.EventFixtures;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
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

    static void readSampleBatch() {
        SQSEvent event = EventFixtures.read(OrderApprovalPriming.class, EventFixtures.of("order-approval"), SQSEvent.class);
        event.getRecords().forEach(m -> Envelopes.fromJson(m.getBody(), OrderRequested.class));
    }
}
