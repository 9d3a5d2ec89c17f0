package app.parley.billing.infrastructure;

import app.parley.billing.application.UsagePublisher;
import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageEventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/** One SQS message per usage event on the (standard) usage-events queue, body as {@link UsageEventJson}. */
public final class SqsUsagePublisher implements UsagePublisher {
    private static final Logger LOG = LoggerFactory.getLogger(SqsUsagePublisher.class);
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsUsagePublisher(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public boolean publish(UsageEvent event) {
        try {
            sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(UsageEventJson.write(event)));
            return true;
        } catch (SdkException e) {
            // ids and counts only: a usage event carries no personal data, so the line can be replayed
            LOG.error("usage-event-not-published {}", UsageEventJson.write(event), e);
            return false;
        }
    }
}
