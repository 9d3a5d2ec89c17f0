package app.parley.sender;

import app.parley.conversation.application.SendGuard;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One Resilience4j circuit breaker per business phone number: after most of the last calls
 * failed it opens and sends fail fast (the messages wait in the queue), then lets one call
 * probe Meta again.
 */
final class PhoneNumberBreakers implements SendGuard {
    private static final RuntimeException GRAPH_UNAVAILABLE = new RuntimeException("Graph API unavailable", null, false, false) {};
    private final CircuitBreakerRegistry registry;

    PhoneNumberBreakers(Duration openFor) {
        this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(openFor).permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false).build());
    }

    @Override
    public boolean mayCall(String phoneNumberId) {
        return breaker(phoneNumberId).tryAcquirePermission();
    }

    @Override
    public void succeeded(String phoneNumberId) {
        breaker(phoneNumberId).onSuccess(0, TimeUnit.NANOSECONDS);
    }

    @Override
    public void failed(String phoneNumberId) {
        breaker(phoneNumberId).onError(0, TimeUnit.NANOSECONDS, GRAPH_UNAVAILABLE);
    }

    CircuitBreaker.State state(String phoneNumberId) {
        return breaker(phoneNumberId).getState();
    }

    private CircuitBreaker breaker(String phoneNumberId) {
        return registry.circuitBreaker("graph-" + phoneNumberId);
    }
}
