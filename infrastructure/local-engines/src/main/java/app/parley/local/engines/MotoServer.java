package app.parley.local.engines;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * moto_server (installed on the build machines; {@code pip install "moto[server]"}) as a child
 * process on a free loopback port: the real wire APIs of KMS, S3 and Secrets Manager for tests.
 */
public final class MotoServer implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(30);

    private final Process process;
    private final URI endpoint;

    private MotoServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static MotoServer start() {
        int port = EmbeddedDynamo.freePort();
        try {
            Process process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            awaitPort(port, process);
            return new MotoServer(process, URI.create("http://127.0.0.1:" + port));
        } catch (IOException e) {
            throw new IllegalStateException("moto_server could not start (is it installed?)", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    private static void awaitPort(int port, Process process) {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) throw new IllegalStateException("moto_server exited");
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        process.destroy();
        throw new IllegalStateException("moto_server did not listen within " + START_LIMIT.toSeconds() + " s");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
