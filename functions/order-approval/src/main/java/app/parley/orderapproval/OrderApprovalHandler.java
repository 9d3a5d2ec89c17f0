package app.parley.orderapproval;

import app.parley.config.InvocationLog;
import app.parley.messaging.infrastructure.SqsRecords;
import app.parley.messaging.model.Envelopes;
import app.parley.orders.application.PlacingOrderRequests;
import app.parley.orders.model.OrderRequested;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** order-requests: each request from the assistant is checked against the catalog and stored PENDING for staff. */
public final class OrderApprovalHandler implements RequestHandler<SQSEvent, SQSBatchResponse>, Primed {
    private static final Logger LOG = LoggerFactory.getLogger(OrderApprovalHandler.class);
    private final PlacingOrderRequests placing;
    private final Priming priming = OrderApprovalPriming.register();

    public OrderApprovalHandler() { this(OrderApprovalWiring.fromEnvironment()); }

    OrderApprovalHandler(PlacingOrderRequests placing) { this.placing = placing; }

    @Override
    public Priming priming() { return priming; }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return InvocationLog.around(context, () -> SqsRecords.eachOnItsOwn(event, "order request",
                message -> LOG.info("{} → {}", message.getMessageId(), placing.place(Envelopes.fromJson(message.getBody(), OrderRequested.class)))));
    }
}
