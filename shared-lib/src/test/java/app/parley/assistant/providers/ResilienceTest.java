package app.parley.assistant.providers;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.TestCatalogs;
import app.parley.assistant.llm.LanguageModel;
import app.parley.tenancy.model.TenantId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Circuit breaker, one quick retry, timeouts: a sick provider costs little time and then none. */
class ResilienceTest {
    private static final Says GOOD = new Says.CallTool(Prompts.CLASSIFY_TOOL,
            "{\"intent\":\"GREETING\",\"confidence\":0.9,\"service_ids\":[]}");

    private final MutableClock clock = new MutableClock();

    @ParameterizedTest
    @EnumSource(ProviderName.class)
    void the_breaker_opens_after_repeated_failures_fails_fast_and_half_opens_after_the_wait(ProviderName name) {
        try (var fake = Scripts.start(name).answering(Scripts.always(new Says.Status(500)))) {
            var models = models(fake, Map.of());
            LanguageModel model = models.forTenant(TenantId.newId()).orElseThrow();
            GuardedEndpoint provider = models.providers().getFirst();

            for (int i = 0; i < 2; i++) assertThat(model.classify("hi", TestCatalogs.florist())).isEmpty();
            assertThat(provider.state()).isEqualTo(CircuitBreaker.State.OPEN);
            int seen = fake.received().size();
            long start = System.nanoTime();
            assertThat(model.classify("hi", TestCatalogs.florist())).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(50));
            assertThat(fake.received()).hasSize(seen);

            fake.answering(Scripts.always(GOOD));
            clock.advance(ResilienceSettings.defaults().openFor().plusSeconds(1));
            assertThat(model.classify("hi", TestCatalogs.florist())).isPresent();
            assertThat(provider.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        }
    }

    @ParameterizedTest
    @EnumSource(ProviderName.class)
    void a_rate_limit_gets_exactly_one_quick_retry(ProviderName name) {
        var answers = new java.util.concurrent.atomic.AtomicInteger();
        try (var fake = Scripts.start(name).answering(seen -> answers.getAndIncrement() == 0 ? new Says.Status(429) : GOOD)) {
            var model = models(fake, Map.of()).forTenant(TenantId.newId()).orElseThrow();

            assertThat(model.classify("hi", TestCatalogs.florist())).isPresent();
            assertThat(fake.received()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(ProviderName.class)
    void a_refusal_or_a_timeout_is_not_retried(ProviderName name) {
        try (var fake = Scripts.start(name).answering(Scripts.always(new Says.Status(400)))) {
            assertThat(models(fake, Map.of()).forTenant(TenantId.newId()).orElseThrow()
                    .classify("hi", TestCatalogs.florist())).isEmpty();
            assertThat(fake.received()).hasSize(1);

            var model = models(fake, Map.of("AI_READ_TIMEOUT_MS", "400")).forTenant(TenantId.newId()).orElseThrow();
            fake.forget();
            fake.answering(Scripts.hanging(Duration.ofSeconds(3)));
            long start = System.nanoTime();
            assertThat(model.classify("hi", TestCatalogs.florist())).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
            assertThat(fake.received()).hasSize(1);
        }
    }

    private LanguageModels models(FakeModelServer fake, Map<String, String> overrides) {
        var env = new HashMap<>(fake.environment());
        env.put("AI_READ_TIMEOUT_MS", "10000");
        env.putAll(overrides);
        var fast = new ResilienceSettings(Duration.ofSeconds(20), Duration.ofMillis(20), 50, 4, 2, Duration.ofSeconds(30), 1);
        return LanguageModels.from(env, ProviderKeys.fromEnvironment(env), new InMemoryUsageRecorder(),
                FakeBedrock.CREDENTIALS, fast, clock);
    }
}
