package app.parley.messaging.infrastructure;

import app.parley.messaging.application.Envelope;
import app.parley.messaging.application.EnvelopeQueue;
import app.parley.messaging.model.EnvelopeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * A queue written with SendMessageBatch (10 per call); entries SQS refused are tried once more. On a FIFO queue (its
 * name, the end of its URL, ends in {@code .fifo}, as SQS requires) each entry carries its group and deduplication id;
 * a standard queue takes neither, so they are left out there.
 */
public final class SqsEnvelopeQueue implements EnvelopeQueue {
    private static final Logger LOG = LoggerFactory.getLogger(SqsEnvelopeQueue.class);
    private static final int SQS_BATCH = 10;
    private final SqsClient sqs;
    private final String queueUrl;
    private final boolean fifo;

    public SqsEnvelopeQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.fifo = queueUrl.endsWith(".fifo");
    }

    @Override
    public boolean sendAll(List<Envelope> envelopes) {
        try {
            for (int from = 0; from < envelopes.size(); from += SQS_BATCH) {
                List<Envelope> chunk = envelopes.subList(from, Math.min(envelopes.size(), from + SQS_BATCH));
                if (!sendChunk(chunk) && !sendChunk(chunk)) return false;
            }
            return true;
        } catch (SdkException e) {
            LOG.error("sending {} envelopes to {} failed", envelopes.size(), queueUrl, e);
            return false;
        }
    }

    /** Resending a whole chunk is safe: on FIFO the deduplication ids make the accepted ones no-ops; on standard its consumer is idempotent. */
    private boolean sendChunk(List<Envelope> chunk) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) entries.add(entry(Integer.toString(i), chunk.get(i)));
        SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(entries));
        if (!response.hasFailed() || response.failed().isEmpty()) return true;
        Set<String> failed = response.failed().stream().map(f -> f.id() + ":" + f.code()).collect(Collectors.toSet());
        LOG.warn("SQS refused {} of {} envelopes: {}", failed.size(), chunk.size(), failed);
        return false;
    }

    private SendMessageBatchRequestEntry entry(String id, Envelope e) {
        var entry = SendMessageBatchRequestEntry.builder().id(id).messageBody(e.body())
                .messageAttributes(Map.of(EnvelopeKind.ATTRIBUTE,
                        MessageAttributeValue.builder().dataType("String").stringValue(e.kind().name()).build()));
        if (fifo) entry.messageGroupId(e.groupId()).messageDeduplicationId(e.deduplicationId());
        return entry.build();
    }
}
