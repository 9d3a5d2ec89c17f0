package app.parley.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.eval.SharedFolder;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CONTRACT.md "Assistant evaluation": shared/eval/cases.jsonl over shared/eval/seed.json, played through the
 * local stack with the embedded assistant as Meta would, judged by RULES.md. Transcript in target/.
 */
class EvaluationRunIT {
    @Test
    void every_shared_case_is_safe_and_helpful_end_to_end() throws Exception {
        Path eval = SharedFolder.eval();
        var result = Evaluation.run("shared", eval.resolve("seed.json"), Evaluation.cases(eval.resolve("cases.jsonl")),
                Map.of("AI_PROVIDER", "local"), Evaluation.Judging.SAFETY_AND_HELPFULNESS);

        assertThat(result.problems()).as(result.report()).isEmpty();
        assertThat(result.safetyViolations()).isZero();
    }
}
