package app.parley.gateway.outbound;

import java.time.Duration;

/**
 * How carefully one number sends. Budgets cap messages per minute, hour and day; a new number
 * starts at {@code warmupFirstDay} messages a day and grows by {@code warmupGrowth} a day up to
 * {@code perDay}; {@code stormErrors} failures within {@code stormWindow} pause sending for
 * {@code stormPause}. Reply-first: only customers who wrote within {@code replyWindow} get messages.
 */
public record SendingRules(int perMinute, int perHour, int perDay, int warmupFirstDay, double warmupGrowth,
                           Duration replyWindow, int stormErrors, Duration stormWindow, Duration stormPause,
                           Duration typingPerCharacter, Duration typingMin, Duration typingMax, double jitter,
                           Duration readDelayMin, Duration readDelayMax) {
    public static SendingRules standard() {
        return new SendingRules(8, 120, 1000, 50, 1.5, Duration.ofHours(24), 5, Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofMillis(45), Duration.ofMillis(800), Duration.ofSeconds(8), 0.3,
                Duration.ofMillis(700), Duration.ofSeconds(3));
    }

    /** The day cap {@code day} days after the number was linked. */
    public int dayCap(long day) {
        double cap = warmupFirstDay * Math.pow(warmupGrowth, Math.max(0, day));
        return (int) Math.min(perDay, Math.floor(cap));
    }
}
