package app.parley.local.load;

import java.util.Collection;

/** Percentiles of nanosecond samples, printed in milliseconds (nearest-rank). */
public record LatencyReport(int n, double p50Millis, double p95Millis, double p99Millis, double maxMillis) {
    public static LatencyReport of(Collection<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) return new LatencyReport(0, 0, 0, 0, 0);
        return new LatencyReport(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    @Override
    public String toString() {
        return String.format("n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f", n, p50Millis, p95Millis, p99Millis, maxMillis);
    }
}
