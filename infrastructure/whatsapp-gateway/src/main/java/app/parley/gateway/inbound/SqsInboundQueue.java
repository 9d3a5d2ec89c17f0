package app.parley.gateway.inbound;

import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.InboundMessage;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Sends the shared envelope with the shared FIFO group and deduplication ids. */
public final class SqsInboundQueue implements InboundQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsInboundQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(InboundMessage message) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Envelopes.toJson(message))
                .messageGroupId(message.messageGroupId()).messageDeduplicationId(message.deduplicationId()));
    }
}
