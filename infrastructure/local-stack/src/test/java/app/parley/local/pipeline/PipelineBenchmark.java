package app.parley.local.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test (no *IT/*Test suffix, so {@code ./dev test} skips it). Measures, on the local
 * stack with HUMANLIKE_DELAYS=off, webhook acknowledgement latency and webhook-to-send latency:
 * <pre>
 * mvn -B -ntp -pl infrastructure/local-stack -am verify -Dtest=NONE -Dit.test=PipelineBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 */
@Tag("benchmark")
class PipelineBenchmark {
    private static final int WARMUP = 50, MEASURED = Integer.getInteger("bench.messages", 300);

    @Test
    void webhook_ack_and_webhook_to_send_latency() {
        try (PipelineStack p = PipelineStack.start()) {
            measure(p, "warm", WARMUP);
            List<long[]> samples = measure(p, "bench", MEASURED);
            System.out.println("BENCHMARK webhook ack (ms): " + percentiles(samples.stream().map(s -> s[0]).toList()));
            System.out.println("BENCHMARK webhook-to-send (ms): " + percentiles(samples.stream().map(s -> s[1]).toList()));
        }
    }

    /** One message at a time over 100 customers (under the flood limit of 20 a minute each): {ack, webhook-to-send} in nanoseconds for each. */
    private static List<long[]> measure(PipelineStack p, String prefix, int n) {
        List<long[]> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String wamid = "wamid." + prefix + i;
            String body = Webhooks.text(PipelineStack.SUNRISE, "1555050" + String.format("%04d", i % 100), wamid, "Checkup price?");
            int before = p.graph.sentMessages().size();
            long start = System.nanoTime();
            if (p.post(body) != 200) throw new AssertionError("not acknowledged");
            long ack = System.nanoTime() - start;
            long deadline = start + Duration.ofSeconds(30).toNanos();
            while (p.graph.sentMessages().size() == before) {
                if (System.nanoTime() > deadline) throw new AssertionError("no reply to " + wamid);
                java.util.concurrent.locks.LockSupport.parkNanos(500_000);
            }
            samples.add(new long[] {ack, System.nanoTime() - start});
        }
        return samples;
    }

    private static String percentiles(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f", sorted.length, at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
