package app.parley.gateway.outbound;

import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.OutboundMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Consumes the gateway's outbound FIFO queue. Sent, refused and permanently failed messages are
 * deleted; a deferred one becomes visible again when the governor allows it (its customer's
 * group waits, keeping order); one for a session held elsewhere is handed back within seconds.
 */
public final class OutboundPoller {
    private static final Logger LOG = Logger.getLogger(OutboundPoller.class.getName());
    private static final int MAX_VISIBILITY_SECONDS = 12 * 60 * 60;
    private final SqsClient sqs;
    private final String queueUrl;
    private final SendingOutbound sending;
    private final Clock clock;

    public OutboundPoller(SqsClient sqs, String queueUrl, SendingOutbound sending, Clock clock) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.sending = sending;
        this.clock = clock;
    }

    /** One long poll; returns how many messages were handled. */
    public int pollOnce(Duration wait) {
        var messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds((int) wait.toSeconds())).messages();
        messages.forEach(this::handle);
        return messages.size();
    }

    private void handle(Message message) {
        OutboundMessage outbound;
        try {
            outbound = Envelopes.fromJson(message.body(), OutboundMessage.class);
        } catch (IllegalArgumentException notAnEnvelope) {
            return; // left alone: after maxReceiveCount it goes to the DLQ
        }
        switch (sending.send(outbound)) {
            case SendOutcome.Sent sent -> delete(message);
            case SendOutcome.Refused refused -> {
                LOG.info(() -> "not sending " + outbound.id() + ": " + refused.reason());
                delete(message);
            }
            case SendOutcome.Failed failed when !failed.retryable() -> delete(message);
            case SendOutcome.Failed failed -> visibleIn(message, Duration.ofSeconds(30));
            case SendOutcome.Deferred deferred -> visibleIn(message, Duration.between(clock.instant(), deferred.notBefore()));
            case SendOutcome.NotHeldHere notHere -> visibleIn(message, Duration.ofSeconds(2));
        }
    }

    private void delete(Message message) {
        sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
    }

    private void visibleIn(Message message, Duration delay) {
        int seconds = (int) Math.clamp(delay.toSeconds() + 1, 0, MAX_VISIBILITY_SECONDS);
        sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()).visibilityTimeout(seconds));
    }
}
