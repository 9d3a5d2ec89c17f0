package app.parley.messaging.infrastructure;

import app.parley.messaging.application.FifoBatch;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Sets how long failed messages stay hidden (backoff), before the function reports them as failures. */
public final class SqsVisibility {
    private static final Logger LOG = LoggerFactory.getLogger(SqsVisibility.class);
    private static final int MAX_SECONDS = 43_200;
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsVisibility(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    public void apply(List<FifoBatch.Failure> failures) {
        for (FifoBatch.Failure f : failures) {
            f.retryAfter().ifPresent(delay -> {
                int seconds = (int) Math.min(MAX_SECONDS, Math.max(0, (delay.toMillis() + 999) / 1000));
                try {
                    sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(f.item().receiptHandle())
                            .visibilityTimeout(seconds));
                } catch (SdkException e) {
                    LOG.warn("could not delay message {} by {} s; the queue's timeout applies", f.item().id(), seconds, e);
                }
            });
        }
    }
}
