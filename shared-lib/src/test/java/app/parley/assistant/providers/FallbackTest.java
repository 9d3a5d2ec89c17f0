package app.parley.assistant.providers;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.TestCatalogs;
import app.parley.assistant.llm.ModelReading;
import app.parley.assistant.understanding.Intent;
import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Provider down → next → none (the embedded assistant decides alone), within one time budget. */
class FallbackTest {
    private static final Says GOOD = new Says.CallTool(Prompts.CLASSIFY_TOOL,
            "{\"intent\":\"FAQ\",\"confidence\":0.8,\"service_ids\":[]}");

    @Test
    void the_chosen_provider_comes_first_then_every_other_configured_one() {
        try (var bedrock = new FakeBedrock(); var openAi = new FakeOpenAi(); var gemini = new FakeGemini()) {
            assertThat(all(bedrock, openAi, gemini, "gemini").order())
                    .containsExactly(ProviderName.GEMINI, ProviderName.BEDROCK, ProviderName.OPENAI);
            assertThat(all(bedrock, openAi, gemini, "openai").order())
                    .containsExactly(ProviderName.OPENAI, ProviderName.BEDROCK, ProviderName.GEMINI);
        }
    }

    @Test
    void a_provider_that_is_down_or_answers_garbage_passes_the_question_to_the_next() {
        try (var bedrock = new FakeBedrock(); var openAi = new FakeOpenAi(); var gemini = new FakeGemini()) {
            openAi.answering(Scripts.always(new Says.Status(503)));
            bedrock.answering(Scripts.always(new Says.Garbage("{\"output\":42}")));
            gemini.answering(Scripts.always(GOOD));
            var model = all(bedrock, openAi, gemini, "openai").forTenant(TenantId.newId()).orElseThrow();

            assertThat(model.classify("do you deliver?", TestCatalogs.florist()))
                    .contains(new ModelReading(Intent.FAQ, 0.8, List.of()));
            assertThat(openAi.received()).hasSize(2);
            assertThat(bedrock.received()).hasSize(1);
            assertThat(gemini.received()).hasSize(1);
        }
    }

    @Test
    void when_every_provider_fails_the_answer_is_empty() {
        try (var bedrock = new FakeBedrock(); var openAi = new FakeOpenAi(); var gemini = new FakeGemini()) {
            openAi.answering(Scripts.always(new Says.Status(500)));
            bedrock.answering(Scripts.always(new Says.Status(429)));
            gemini.answering(Scripts.always(new Says.Garbage("not json")));
            var model = all(bedrock, openAi, gemini, "bedrock").forTenant(TenantId.newId()).orElseThrow();

            assertThat(model.classify("hi", TestCatalogs.florist())).isEmpty();
            assertThat(model.phrase(new app.parley.assistant.llm.PhrasingRequest("hi", "Hello!",
                    app.parley.assistant.model.Language.EN, "Greet"))).isEmpty();
        }
    }

    @Test
    void a_provider_that_hangs_uses_up_the_budget_and_nobody_else_is_asked_past_it() {
        try (var bedrock = new FakeBedrock(); var openAi = new FakeOpenAi(); var gemini = new FakeGemini()) {
            openAi.answering(Scripts.hanging(Duration.ofSeconds(5)));
            gemini.answering(Scripts.always(GOOD));
            var models = all(bedrock, openAi, gemini, "openai", Map.of("AI_CALL_BUDGET_MS", "700", "AI_READ_TIMEOUT_MS", "5000"));
            var model = models.forTenant(TenantId.newId()).orElseThrow();

            long start = System.nanoTime();
            assertThat(model.classify("hi", TestCatalogs.florist())).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
            assertThat(gemini.received()).isEmpty();
        }
    }

    private static LanguageModels all(FakeModelServer bedrock, FakeModelServer openAi, FakeModelServer gemini, String first) {
        return all(bedrock, openAi, gemini, first, Map.of());
    }

    private static LanguageModels all(FakeModelServer bedrock, FakeModelServer openAi, FakeModelServer gemini, String first,
                                      Map<String, String> overrides) {
        var env = new HashMap<String, String>();
        env.putAll(bedrock.environment());
        env.putAll(openAi.environment());
        env.putAll(gemini.environment());
        env.put("AI_PROVIDER", first);
        env.put("AI_READ_TIMEOUT_MS", "10000");
        env.put("AI_CALL_BUDGET_MS", "30000");
        env.putAll(overrides);
        return LanguageModels.from(env, ProviderKeys.fromEnvironment(env), new InMemoryUsageRecorder(), FakeBedrock.CREDENTIALS);
    }
}
