package app.parley.messaging.infrastructure;

import app.parley.config.Env;
import app.parley.messaging.application.OutboundQueue;
import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.OutboundMessage;
import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@code outbound.fifo} through one SqsClient per container (URL-connection HTTP client; {@code AWS_ENDPOINT_URL_SQS} locally). */
public final class SqsOutboundQueue implements OutboundQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsOutboundQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    public static SqsClient clientFromEnvironment() {
        var builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(Env.get("AWS_REGION", "us-east-1")));
        Env.find("AWS_ENDPOINT_URL_SQS").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Override
    public void enqueue(OutboundMessage message) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(Envelopes.toJson(message))
                .messageGroupId(message.messageGroupId()).messageDeduplicationId(message.deduplicationId()));
    }
}
