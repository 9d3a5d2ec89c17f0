package app.parley.sender;

import app.parley.config.InvocationLog;
import app.parley.conversation.application.SendOutcome;
import app.parley.conversation.application.SendingReplies;
import app.parley.conversation.application.TrackingDelivery;
import app.parley.messaging.application.FifoBatch;
import app.parley.messaging.application.ItemResult;
import app.parley.messaging.application.QueueItem;
import app.parley.messaging.infrastructure.SqsRecords;
import app.parley.messaging.infrastructure.SqsVisibility;
import app.parley.messaging.model.EnvelopeKind;
import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.OutboundMessage;
import app.parley.messaging.model.StatusReport;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * outbound.fifo: each message is sent through the Cloud API, or retried later with backoff. The status queue (its own
 * event source mapping, so its batches hold statuses only): each of Meta's statuses settles the outbound ledger on its own.
 */
public final class SenderHandler implements RequestHandler<SQSEvent, SQSBatchResponse>, Primed {
    private static final Logger LOG = LoggerFactory.getLogger(SenderHandler.class);
    /**
     * A send fits in this: read receipt (≤ 3 s), typing pause (≤ 5 s), the send (≤ {@link SenderWiring#GRAPH_TIMEOUT}, 8 s)
     * and the ledger writes; less time left → the message waits for the next invocation. The first message of a batch
     * always runs (the function's 20 s timeout is the whole budget then).
     */
    static final long TIME_PER_MESSAGE_MS = 18_000;
    private final SendingReplies sending;
    private final SqsVisibility visibility;
    private final TrackingDelivery tracking;
    private final Priming priming = SenderPriming.register();

    public SenderHandler() { this(SenderWiring.fromEnvironment()); }

    SenderHandler(SenderWiring wiring) {
        this.sending = wiring.sending();
        this.visibility = wiring.visibility();
        this.tracking = wiring.tracking();
    }

    @Override
    public Priming priming() { return priming; }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return InvocationLog.around(context, () -> carriesStatuses(event)
                ? SqsRecords.eachOnItsOwn(event, "status report", this::settle)
                : sendBatch(event, context));
    }

    private SQSBatchResponse sendBatch(SQSEvent event, Context context) {
        long started = System.nanoTime();
        var failures = FifoBatch.run(SqsRecords.items(event), item -> {
            boolean first = System.nanoTime() - started < 1_000_000;
            if (!first && context.getRemainingTimeInMillis() < TIME_PER_MESSAGE_MS) return ItemResult.retryAfter(Duration.ZERO);
            return handle(item);
        });
        visibility.apply(failures);
        return SqsRecords.response(failures);
    }

    /** A batch of the status queue: every record is a {@link EnvelopeKind#STATUS_REPORT} (outbound envelopes carry their own kind). */
    private static boolean carriesStatuses(SQSEvent event) {
        return !event.getRecords().isEmpty() && SqsRecords.items(event).stream()
                .allMatch(item -> item.kind().filter(EnvelopeKind.STATUS_REPORT::equals).isPresent());
    }

    private void settle(SQSEvent.SQSMessage message) {
        LOG.info("{} → {}", message.getMessageId(), tracking.record(Envelopes.fromJson(message.getBody(), StatusReport.class)));
    }

    private ItemResult handle(QueueItem item) {
        SendOutcome outcome = sending.send(Envelopes.fromJson(item.body(), OutboundMessage.class), item.receiveCount());
        LOG.info("{} → {}", item.id(), outcome);
        return switch (outcome) {
            case SendOutcome.RetryLater later -> ItemResult.retryAfter(later.delay());
            case SendOutcome.InDoubt doubt -> ItemResult.retryAfter(doubt.recheckAfter());
            default -> ItemResult.done();
        };
    }
}
