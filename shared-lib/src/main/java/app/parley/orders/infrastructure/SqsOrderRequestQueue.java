package app.parley.orders.infrastructure;

import app.parley.messaging.model.Envelopes;
import app.parley.orders.application.OrderRequestQueue;
import app.parley.orders.model.OrderRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The order-requests standard queue; the consumer de-duplicates by request id, so a resend is harmless. */
public final class SqsOrderRequestQueue implements OrderRequestQueue {
    private static final Logger LOG = LoggerFactory.getLogger(SqsOrderRequestQueue.class);
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsOrderRequestQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public boolean publish(OrderRequested request) {
        try {
            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Envelopes.toJson(request)));
            return true;
        } catch (SdkException e) {
            LOG.error("order request {} was not queued", request.requestId(), e);
            return false;
        }
    }
}
