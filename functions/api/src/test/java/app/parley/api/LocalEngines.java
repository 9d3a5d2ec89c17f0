package app.parley.api;

import app.parley.local.engines.LocalCredentials;
import app.parley.local.engines.MotoServer;
import java.net.URI;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** ElasticMQ (in process) and moto_server (a child process, for Secrets Manager), on 127.0.0.1. */
final class LocalEngines implements AutoCloseable {
    private final SQSRestServer sqsServer;
    private final MotoServer moto;
    final SqsClient sqs;
    final String outboundQueueUrl;
    final String orderDecisionsQueueUrl;
    final SecretsManagerClient secrets;

    private LocalEngines(SQSRestServer sqsServer, int sqsPort, MotoServer moto) {
        this.sqsServer = sqsServer;
        this.moto = moto;
        this.sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(LocalCredentials.PROVIDER).endpointOverride(URI.create("http://127.0.0.1:" + sqsPort)).build();
        this.outboundQueueUrl = sqs.createQueue(b -> b.queueName("outbound.fifo").attributes(Map.of(
                QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "false"))).queueUrl();
        this.orderDecisionsQueueUrl = sqs.createQueue(b -> b.queueName("order-decisions")).queueUrl();
        this.secrets = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(LocalCredentials.PROVIDER).endpointOverride(moto.endpoint()).build();
    }

    static LocalEngines start() {
        SQSRestServer sqs = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        int sqsPort = sqs.waitUntilStarted().localAddress().getPort();
        return new LocalEngines(sqs, sqsPort, MotoServer.start());
    }

    @Override
    public void close() {
        sqs.close();
        secrets.close();
        sqsServer.stopAndWait();
        moto.close();
    }

}
