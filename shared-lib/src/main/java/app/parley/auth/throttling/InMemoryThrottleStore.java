package app.parley.auth.throttling;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** {@link ThrottleStore} in a map: tests, and per-container limits where approximate is good enough. */
public final class InMemoryThrottleStore<S> implements ThrottleStore<S> {
    private final Map<String, S> states = new ConcurrentHashMap<>();

    @Override
    public Optional<S> find(String key) {
        return Optional.ofNullable(states.get(key));
    }

    @Override
    public S update(String key, S initial, UnaryOperator<S> change) {
        return states.compute(key, (k, current) -> change.apply(current == null ? initial : current));
    }

    @Override
    public void remove(String key) {
        states.remove(key);
    }
}
