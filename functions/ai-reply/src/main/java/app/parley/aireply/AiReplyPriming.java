package app.parley.aireply;

import app.parley.messaging.application.QueueItem;
import app.parley.messaging.infrastructure.SqsRecords;
import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.InboundMessage;
import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.EventFixtures;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;

/** Before the snapshot: the SDK paths (tables, outbound queue) and reading the sample inbound.fifo batch; nothing is answered. */
final class AiReplyPriming {
    private AiReplyPriming() {}

    static Priming register() {
        CannedAwsHttp http = new CannedAwsHttp();
        return Priming.register("ai-reply",
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("sqs", () -> SdkPriming.sqs(http)),
                Priming.step("read batch", AiReplyPriming::readSampleBatch));
    }

    static void readSampleBatch() {
        List<QueueItem> items = SqsRecords.items(EventFixtures.read(AiReplyPriming.class, EventFixtures.of("ai-reply"), SQSEvent.class));
        items.forEach(item -> Envelopes.fromJson(item.body(), InboundMessage.class));
        SqsRecords.response(List.of());
    }
}
