package app.parley.assistant.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.tenancy.model.TenantId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The AI_PROVIDER contract of CONTRACT.md, plus the keys and fallbacks around it. */
class LanguageModelsTest {
    @Test
    void local_or_unset_means_no_provider_at_all_the_embedded_assistant_alone() {
        assertThat(from(Map.of("AI_PROVIDER", "local", "OPENAI_API_KEY", "sk-x")).order()).isEmpty();
        assertThat(from(Map.of()).order()).isEmpty();
        assertThat(from(Map.of()).forTenant(TenantId.newId())).isEmpty();
    }

    @Test
    void an_unknown_provider_fails_at_start_naming_the_variable() {
        assertThatThrownBy(() -> from(Map.of("AI_PROVIDER", "claude")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AI_PROVIDER");
    }

    @Test
    void a_chosen_provider_without_a_key_is_skipped_and_keyed_ones_still_follow() {
        assertThat(from(Map.of("AI_PROVIDER", "openai", "GEMINI_API_KEY", "AIza-x")).order())
                .containsExactly(ProviderName.GEMINI);
    }

    @Test
    void bedrock_follows_only_when_it_is_configured_because_its_credentials_are_ambient() {
        assertThat(from(Map.of("AI_PROVIDER", "gemini", "GEMINI_API_KEY", "AIza-x")).order())
                .containsExactly(ProviderName.GEMINI);
        assertThat(from(Map.of("AI_PROVIDER", "gemini", "GEMINI_API_KEY", "AIza-x", "BEDROCK_MODEL_ID", "m")).order())
                .containsExactly(ProviderName.GEMINI, ProviderName.BEDROCK);
        assertThat(from(Map.of("AI_PROVIDER", "bedrock")).order()).containsExactly(ProviderName.BEDROCK);
    }

    @Test
    void timeouts_must_be_positive_milliseconds() {
        assertThatThrownBy(() -> from(Map.of("AI_PROVIDER", "bedrock", "AI_READ_TIMEOUT_MS", "2s")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AI_READ_TIMEOUT_MS");
    }

    @Test
    void the_key_is_asked_for_at_every_call_so_a_rotated_secret_takes_effect() {
        var current = new java.util.concurrent.atomic.AtomicReference<>("sk-revoked");
        ProviderKeys rotating = provider -> java.util.Optional.of(current.get());
        var request = new app.parley.assistant.llm.PhrasingRequest("hi", "Hello!", app.parley.assistant.model.Language.EN, "Greet");
        try (var fake = new FakeOpenAi()) {
            var model = LanguageModels.from(fake.environment(), rotating, new InMemoryUsageRecorder(), FakeBedrock.CREDENTIALS)
                    .forTenant(TenantId.newId()).orElseThrow();
            assertThat(model.phrase(request)).isEmpty();

            current.set(FakeOpenAi.KEY);
            assertThat(model.phrase(request)).contains("Hello!");
        }
    }

    private static LanguageModels from(Map<String, String> env) {
        return LanguageModels.from(env, ProviderKeys.fromEnvironment(env), new InMemoryUsageRecorder(), FakeBedrock.CREDENTIALS);
    }
}
