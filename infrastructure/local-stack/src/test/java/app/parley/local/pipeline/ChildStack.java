package app.parley.local.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The built local stack ({@code target/local-stack.jar}) as a child JVM, so a test can SIGKILL it. */
final class ChildStack {
    final Process process;
    final int port;

    private ChildStack(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static ChildStack start(Path seed, Map<String, String> env) {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", Path.of("target/local-stack.jar").toAbsolutePath().toString(),
                "--seed", seed.toString(), "--port", Integer.toString(port), "--template", PipelineStack.TEMPLATE.toAbsolutePath().toString()))
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            awaitReady(process, Duration.ofSeconds(90));
            return new ChildStack(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, nothing flushed beyond what the engines wrote already. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static void awaitReady(Process process, Duration limit) {
        CountDownLatch ready = new CountDownLatch(1);
        Thread.ofVirtual().start(() -> {
            try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.contains("ready")) ready.countDown();
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        try {
            if (!ready.await(limit.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the local stack did not print ready within " + limit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
