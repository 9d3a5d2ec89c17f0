package app.parley.assistant.providers;

import app.parley.assistant.providers.Exchange.Failure;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A provider behind its circuit breaker, with per-attempt timeouts cut to the time left and at most one quick
 * retry on 429/5xx. One per provider and container: the breaker's memory is shared by every tenant.
 */
final class GuardedEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedEndpoint.class);
    private static final Duration SHORTEST_ATTEMPT = Duration.ofMillis(250);

    /** How a failed exchange is recorded in the breaker; never thrown. */
    static final class ProviderFailed extends RuntimeException {
        ProviderFailed(Failure failure) {
            super(failure.name(), null, false, false);
        }
    }

    private final ModelEndpoint endpoint;
    private final Duration readTimeout;
    private final ResilienceSettings resilience;
    private final CircuitBreaker breaker;

    GuardedEndpoint(ModelEndpoint endpoint, Duration readTimeout, ResilienceSettings resilience, Clock clock) {
        this.endpoint = endpoint;
        this.readTimeout = readTimeout;
        this.resilience = resilience;
        this.breaker = CircuitBreaker.of("ai-" + endpoint.name().setting(), CircuitBreakerConfig.custom()
                .failureRateThreshold(resilience.failureRatePercent())
                .slidingWindowSize(resilience.windowCalls())
                .minimumNumberOfCalls(resilience.minimumCalls())
                .waitDurationInOpenState(resilience.openFor())
                .permittedNumberOfCallsInHalfOpenState(resilience.halfOpenCalls())
                .clock(clock)
                .build());
    }

    ProviderName name() {
        return endpoint.name();
    }

    String model() {
        return endpoint.model();
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    Exchange send(ModelCall call, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        Exchange first = attempt(call, deadline);
        if (!(first instanceof Exchange.Failed failed) || !failed.failure().retryable()) return first;
        if (left(deadline).compareTo(resilience.retryPause().plus(SHORTEST_ATTEMPT)) < 0) return first;
        if (!pause()) return first;
        return attempt(call, deadline);
    }

    private Exchange attempt(ModelCall call, long deadline) {
        Duration left = left(deadline);
        if (left.compareTo(SHORTEST_ATTEMPT) < 0) return new Exchange.Failed(Failure.TIMEOUT, "no time left");
        if (!breaker.tryAcquirePermission()) return new Exchange.Failed(Failure.CIRCUIT_OPEN, "circuit open");
        long start = System.nanoTime();
        Exchange exchange = sendSafely(call, left.compareTo(readTimeout) < 0 ? left : readTimeout);
        long took = System.nanoTime() - start;
        if (exchange instanceof Exchange.Failed failed) {
            breaker.onError(took, TimeUnit.NANOSECONDS, new ProviderFailed(failed.failure()));
            LOG.warn("ai-provider-failed provider={} model={} failure={} detail={}", name().setting(), model(),
                    failed.failure(), failed.detail());
        } else {
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        }
        return exchange;
    }

    private Exchange sendSafely(ModelCall call, Duration timeout) {
        try {
            return endpoint.send(call, timeout);
        } catch (RuntimeException unexpected) {
            return new Exchange.Failed(Failure.MALFORMED, unexpected.getClass().getSimpleName());
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(resilience.retryPause());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }
}
