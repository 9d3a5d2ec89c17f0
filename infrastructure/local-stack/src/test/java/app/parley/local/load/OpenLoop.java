package app.parley.local.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Starts work at a fixed rate whatever the system does (open loop): the i-th task is due at
 * {@code start + i/rate} and runs on its own virtual thread, so a slow answer never delays the next.
 */
public final class OpenLoop {
    private OpenLoop() {}

    /** {@code lateness}: how far behind its due time each task was started (the generator's own accuracy). */
    public record Result(int started, LatencyReport lateness) {}

    public static Result run(int perSecond, Duration duration, IntConsumer task) {
        int total = (int) (perSecond * duration.toMillis() / 1000);
        long interval = 1_000_000_000L / perSecond;
        List<Long> lateness = new ArrayList<>(total);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) LockSupport.parkNanos(wait);
                lateness.add(Math.max(0, System.nanoTime() - due));
                int n = i;
                threads.submit(() -> task.accept(n));
            }
        }
        return new Result(total, LatencyReport.of(lateness));
    }
}
