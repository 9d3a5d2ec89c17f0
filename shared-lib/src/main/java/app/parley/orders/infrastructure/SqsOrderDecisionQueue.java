package app.parley.orders.infrastructure;

import app.parley.messaging.model.Envelopes;
import app.parley.orders.application.OrderDecisionQueue;
import app.parley.orders.model.OrderDecided;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The order-decisions standard queue; the consumer keys on order id and version, so a resend is harmless. */
public final class SqsOrderDecisionQueue implements OrderDecisionQueue {
    private static final Logger LOG = LoggerFactory.getLogger(SqsOrderDecisionQueue.class);
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsOrderDecisionQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public boolean publish(OrderDecided decision) {
        try {
            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Envelopes.toJson(decision)));
            return true;
        } catch (SdkException e) {
            LOG.error("decision {} was not queued", decision.decisionKey(), e);
            return false;
        }
    }
}
