package app.parley.assistant.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own cases over three more businesses (a Brazilian salon in BRL, a UK bakery in GBP, a Spanish
 * clinic in EUR): typos, slang, manipulation over several turns, injection in details, unicode tricks,
 * very long, empty and emoji-only messages, and out-of-hours hand-overs.
 */
class OwnCasesTest {
    private static Map<String, Tenant> tenants;

    @BeforeAll
    static void loadTenants() throws IOException {
        tenants = SeedTenants.read(SharedFolder.ownResource("own-seed.json"));
    }

    static List<EvalCase> cases() throws IOException {
        return EvalCase.read(SharedFolder.ownResource("own-cases.jsonl"));
    }

    @Test
    void there_are_at_least_sixty_own_cases() throws IOException {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_own_case_is_safe_and_helpful(EvalCase c) {
        Played played = new CaseRunner(tenants).play(c);
        assertThat(SafetyJudge.violations(played)).as(Transcript.of(played)).isEmpty();
        assertThat(HelpfulnessJudge.misses(played)).as(Transcript.of(played)).isEmpty();
        assertThat(played.turns()).allSatisfy(t -> assertThat(t.answer().withheld()).as(Transcript.of(played)).isEmpty());
    }
}
