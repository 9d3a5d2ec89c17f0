package app.parley.gateway.task;

import java.time.Duration;

/**
 * Lease timing. A holder renews every tick and closes its socket itself once its lease has run
 * out unrenewed; another task takes a lease only {@code takeoverGrace} after it ran out, so the
 * old socket is closed before the new one opens. Takeover after a task dies: at most
 * duration + grace + tick (45 s by default, within the minute).
 */
public record LeasePolicy(Duration duration, Duration takeoverGrace, Duration tick, Duration taskTtl) {
    public LeasePolicy {
        if (takeoverGrace.compareTo(tick) <= 0) throw new IllegalArgumentException("the takeover grace must exceed one tick");
        if (duration.compareTo(tick.multipliedBy(2)) < 0) throw new IllegalArgumentException("a lease must outlive two ticks");
    }

    public static LeasePolicy standard() {
        return new LeasePolicy(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }
}
