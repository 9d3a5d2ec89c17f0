package app.parley.media.infrastructure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** moto_server (installed on the build machines) on a free loopback port: the real S3 and KMS wire APIs. */
final class MotoServer implements AutoCloseable {
    private final Process process;
    private final int port;

    private MotoServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static MotoServer start() {
        int port = freePort();
        try {
            Process process = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            awaitPort(port, process);
            return new MotoServer(process, port);
        } catch (IOException e) {
            throw new IllegalStateException("moto_server could not start (is it installed?)", e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
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
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        process.destroy();
        throw new IllegalStateException("moto_server did not listen within 30 s");
    }

    @Override
    public void close() {
        process.destroy();
    }
}
