package app.parley.api;

import app.parley.local.engines.LocalCredentials;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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
    private final Process moto;
    final SqsClient sqs;
    final String outboundQueueUrl;
    final SecretsManagerClient secrets;

    private LocalEngines(SQSRestServer sqsServer, int sqsPort, Process moto, int motoPort) {
        this.sqsServer = sqsServer;
        this.moto = moto;
        this.sqs = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(LocalCredentials.PROVIDER).endpointOverride(URI.create("http://127.0.0.1:" + sqsPort)).build();
        this.outboundQueueUrl = sqs.createQueue(b -> b.queueName("outbound.fifo").attributes(Map.of(
                QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "false"))).queueUrl();
        this.secrets = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
                .credentialsProvider(LocalCredentials.PROVIDER).endpointOverride(URI.create("http://127.0.0.1:" + motoPort)).build();
    }

    static LocalEngines start() {
        SQSRestServer sqs = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        int sqsPort = sqs.waitUntilStarted().localAddress().getPort();
        int motoPort = freePort();
        try {
            Process moto = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(motoPort))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            waitForPort(motoPort, moto);
            return new LocalEngines(sqs, sqsPort, moto, motoPort);
        } catch (IOException e) {
            throw new IllegalStateException("moto_server did not start (is it installed?)", e);
        }
    }

    private static void waitForPort(int port, Process process) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("moto_server did not listen on " + port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        sqs.close();
        secrets.close();
        sqsServer.stopAndWait();
        moto.destroy();
        try {
            moto.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
