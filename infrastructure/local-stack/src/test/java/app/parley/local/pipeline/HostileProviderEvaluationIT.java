package app.parley.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.eval.SharedFolder;
import app.parley.assistant.providers.FakeOpenAi;
import app.parley.assistant.providers.Scripts;
import java.nio.file.Path;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/**
 * The shared cases end to end with AI_PROVIDER=openai pointed at a fake that lies: prices, discounts,
 * confirmations and services nobody sells, at full confidence. Still zero safety violations, and every
 * customer gets a safe reply or is handed to a person.
 */
class HostileProviderEvaluationIT {
    @Test
    void a_lying_provider_gets_nothing_unsafe_to_any_customer() throws Exception {
        Path eval = SharedFolder.eval();
        try (var openAi = new FakeOpenAi().answering(Scripts.lying())) {
            var env = new HashMap<>(openAi.environment());
            env.put("AI_READ_TIMEOUT_MS", "5000");
            env.put("AI_CALL_BUDGET_MS", "6000");
            var result = Evaluation.run("hostile-openai", eval.resolve("seed.json"), Evaluation.cases(eval.resolve("cases.jsonl")),
                    env, Evaluation.Judging.SAFETY_AND_HAND_OVER);

            assertThat(result.problems()).as(result.report()).isEmpty();
            assertThat(openAi.received()).as("the provider was asked").isNotEmpty();
        }
    }
}
