package app.parley.gateway.testing;

import app.parley.local.engines.LocalCredentials;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/** moto_server on a free loopback port, speaking the real KMS API; one symmetric key created. */
public final class MotoKms implements AutoCloseable {
    private final Process process;
    private final KmsClient client;
    private final String keyId;

    private MotoKms(Process process, KmsClient client) {
        this.process = process;
        this.client = client;
        this.keyId = client.createKey(b -> b.description("parley gateway test")).keyMetadata().keyId();
    }

    public static MotoKms start() {
        int port = freePort();
        try {
            Process process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            awaitPort(port, process);
            KmsClient client = KmsClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1)
                    .credentialsProvider(LocalCredentials.PROVIDER).build();
            return new MotoKms(process, client);
        } catch (IOException e) {
            throw new IllegalStateException("moto_server could not start", e);
        }
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitPort(int port, Process process) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) throw new IllegalStateException("moto_server exited");
                try { Thread.sleep(100); } catch (InterruptedException e) { Thread.currentThread().interrupt(); return; }
            }
        }
        process.destroy();
        throw new IllegalStateException("moto_server did not listen within 30 s");
    }

    public KmsClient client() { return client; }
    public String keyId() { return keyId; }

    @Override
    public void close() {
        client.close();
        process.destroy();
    }
}
