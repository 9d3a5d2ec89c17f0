package app.parley.orderapproval;

import app.parley.config.InvocationLog;
import app.parley.messaging.infrastructure.SqsRecords;
import app.parley.messaging.model.Envelopes;
import app.parley.orders.application.TellingCustomersOfDecisions;
import app.parley.orders.model.OrderDecided;
import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** order-decisions: each decision a person made is told to the customer in one WhatsApp message. */
public final class OrderDecisionHandler implements RequestHandler<SQSEvent, SQSBatchResponse>, Primed {
    private static final Logger LOG = LoggerFactory.getLogger(OrderDecisionHandler.class);
    private final TellingCustomersOfDecisions telling;
    /** Before the snapshot: the SDK's DynamoDB path through canned answers; nothing is stored or sent. */
    private final Priming priming = Priming.register("order-decision",
            Priming.step("dynamodb", () -> SdkPriming.dynamo(new CannedAwsHttp())));

    public OrderDecisionHandler() { this(OrderApprovalWiring.decisionsFromEnvironment()); }

    OrderDecisionHandler(TellingCustomersOfDecisions telling) { this.telling = telling; }

    @Override
    public Priming priming() { return priming; }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return InvocationLog.around(context, () -> SqsRecords.eachOnItsOwn(event, "order decision",
                message -> LOG.info("{} → {}", message.getMessageId(), telling.tell(Envelopes.fromJson(message.getBody(), OrderDecided.class)))));
    }
}
