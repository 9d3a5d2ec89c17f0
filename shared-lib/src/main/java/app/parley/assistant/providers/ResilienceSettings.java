package app.parley.assistant.providers;

import java.time.Duration;

/**
 * Circuit breaker and time budget, the same for every provider.
 *
 * @param callBudget   the longest one question (classify, extract or phrase) may take across all providers and the
 *                     one retry; two questions per message keep a reply well inside WhatsApp's patience
 * @param retryPause   the pause before the single retry after a 429 or 5xx
 * @param minimumCalls calls in the window before the failure rate counts
 */
public record ResilienceSettings(Duration callBudget, Duration retryPause, int failureRatePercent, int windowCalls,
                                 int minimumCalls, Duration openFor, int halfOpenCalls) {

    public static ResilienceSettings defaults() {
        return new ResilienceSettings(Duration.ofMillis(3_000), Duration.ofMillis(150), 50, 10, 4,
                Duration.ofSeconds(30), 1);
    }

    public ResilienceSettings withCallBudget(Duration budget) {
        return new ResilienceSettings(budget, retryPause, failureRatePercent, windowCalls, minimumCalls, openFor, halfOpenCalls);
    }
}
