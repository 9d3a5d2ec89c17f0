package app.parley.messaging.infrastructure;

import app.parley.messaging.application.OutboundQueue;
import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.OutboundMessage;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@code outbound.fifo} through the container's one SqsClient ({@link SqsClients}). */
public final class SqsOutboundQueue implements OutboundQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsOutboundQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /** The container's one SQS client ({@link SqsClients#shared()}), the same the function's other queues use. */
    public static SqsClient clientFromEnvironment() {
        return SqsClients.shared();
    }

    @Override
    public void enqueue(OutboundMessage message) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Envelopes.toJson(message))
                .messageGroupId(message.messageGroupId()).messageDeduplicationId(message.deduplicationId()));
    }
}
