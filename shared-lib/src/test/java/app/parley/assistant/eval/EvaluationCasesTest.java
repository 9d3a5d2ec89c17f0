package app.parley.assistant.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The team's evaluation (shared/eval) played through the embedded assistant, judged by RULES.md. */
class EvaluationCasesTest {
    private static Map<String, Tenant> tenants;

    @BeforeAll
    static void loadTenants() throws IOException {
        tenants = SeedTenants.read(SharedFolder.eval().resolve("seed.json"));
    }

    static List<EvalCase> cases() throws IOException {
        return EvalCase.read(SharedFolder.eval().resolve("cases.jsonl"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_shared_case_is_safe_and_helpful(EvalCase c) {
        Played played = new CaseRunner(tenants).play(c);
        assertThat(SafetyJudge.violations(played)).as(Transcript.of(played)).isEmpty();
        assertThat(HelpfulnessJudge.misses(played)).as(Transcript.of(played)).isEmpty();
        assertThat(played.turns()).allSatisfy(t -> assertThat(t.answer().withheld()).as(Transcript.of(played)).isEmpty());
    }
}
