package app.parley.gateway;

import app.parley.config.Env;
import app.parley.gateway.outbound.OutboundPoller;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Fargate container's entry point: ticks the task every 5 seconds, polls outbound messages,
 * answers GET /health, and on SIGTERM (ECS stop, Ctrl-C) closes every socket and releases the
 * leases so other tasks take over at once. The local stack can run {@link #run} in-process.
 */
public final class GatewayMain implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(GatewayMain.class.getName());
    private final GatewayWiring wiring;
    private final ScheduledExecutorService loop = Executors.newScheduledThreadPool(2, Thread.ofPlatform().daemon().factory());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private HttpServer health;

    public GatewayMain(GatewayWiring wiring) {
        this.wiring = wiring;
    }

    public static void main(String[] args) throws Exception {
        GatewayMain gateway = new GatewayMain(GatewayWiring.fromEnvironment());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "gateway-shutdown"));
        gateway.run(Integer.parseInt(Env.get("HEALTH_PORT", "8080")));
        stopped.await();
    }

    /** The container: {@link #start()} plus GET /health on {@code healthPort} (all interfaces, for the ECS health check). */
    public void run(int healthPort) throws IOException {
        health = HttpServer.create(new InetSocketAddress(healthPort), 0);
        health.createContext("/health", exchange -> {
            byte[] body = "{\"status\":\"ok\"}".getBytes();
            exchange.sendResponseHeaders(running.get() ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        health.start();
        start();
    }

    /** Ticks and polls without a health endpoint (the local stack's own /health covers it). */
    public void start() {
        loop.scheduleWithFixedDelay(this::tick, 0, 5, TimeUnit.SECONDS);
        wiring.outbound().ifPresent(poller -> loop.execute(() -> poll(poller)));
        LOG.info("whatsapp gateway started, task " + wiring.task().taskId());
    }

    private void tick() {
        try {
            wiring.task().tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "gateway tick failed; the next tick retries", e);
        }
    }

    private void poll(OutboundPoller poller) {
        while (running.get()) {
            try {
                poller.pollOnce(Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "outbound poll failed", e);
            }
        }
    }

    @Override
    public void close() {
        if (!running.getAndSet(false)) return;
        loop.shutdownNow();
        try {
            loop.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wiring.task().close();
        if (health != null) health.stop(0);
        LOG.info("whatsapp gateway stopped; leases released");
    }
}
