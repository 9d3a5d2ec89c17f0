package app.parley.aireply;

import app.parley.config.InvocationLog;
import app.parley.messaging.infrastructure.SqsRecords;
import app.parley.conversation.application.ReplyingToCustomers;
import app.parley.conversation.application.TrackingDelivery;
import app.parley.messaging.application.FifoBatch;
import app.parley.messaging.application.ItemResult;
import app.parley.messaging.application.QueueItem;
import app.parley.messaging.model.EnvelopeKind;
import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.InboundMessage;
import app.parley.messaging.model.StatusReport;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * inbound.fifo: customer messages are answered. Meta's statuses now go to the status queue and the sender; a status
 * still found here (queued by the webhook before that change was deployed) is settled by the same use case.
 */
public final class AiReplyHandler implements RequestHandler<SQSEvent, SQSBatchResponse>, Primed {
    private static final Logger LOG = LoggerFactory.getLogger(AiReplyHandler.class);
    private final ReplyingToCustomers replying;
    private final TrackingDelivery tracking;
    private final Priming priming = AiReplyPriming.register();

    public AiReplyHandler() { this(AiReplyWiring.fromEnvironment()); }

    AiReplyHandler(AiReplyWiring wiring) {
        this.replying = wiring.replying();
        this.tracking = wiring.tracking();
    }

    @Override
    public Priming priming() { return priming; }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return InvocationLog.around(context, () -> SqsRecords.response(FifoBatch.run(SqsRecords.items(event), this::handle)));
    }

    private ItemResult handle(QueueItem item) {
        Object outcome = switch (item.kind().orElse(EnvelopeKind.INBOUND_MESSAGE)) {
            case STATUS_REPORT -> tracking.record(Envelopes.fromJson(item.body(), StatusReport.class));
            case INBOUND_MESSAGE -> replying.reply(Envelopes.fromJson(item.body(), InboundMessage.class));
            case OUTBOUND_MESSAGE -> "an outbound envelope on the inbound queue was dropped";
        };
        LOG.info("{} → {}", item.id(), outcome);
        return ItemResult.done();
    }
}
