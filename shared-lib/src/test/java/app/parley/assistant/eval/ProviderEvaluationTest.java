package app.parley.assistant.eval;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.Answer;
import app.parley.assistant.Assistant;
import app.parley.assistant.llm.LanguageModel;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.CustomerMessage;
import app.parley.assistant.providers.FakeModelServer;
import app.parley.assistant.providers.InMemoryUsageRecorder;
import app.parley.assistant.providers.ProviderName;
import app.parley.assistant.providers.Script;
import app.parley.assistant.providers.Scripts;
import app.parley.tenancy.model.TenantId;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared and our own cases, played with the assistant wired through the production factory to each
 * provider's fake server. Hostile providers: zero safety violations by the independent judge, and every
 * customer gets a safe reply or a hand-over. A well-behaved provider: every helpfulness expectation still holds.
 */
class ProviderEvaluationTest {
    private static AllCases all;
    private static final Map<String, TenantId> TENANT_IDS = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        all = AllCases.load();
        all.tenants.keySet().forEach(slug -> TENANT_IDS.put(slug, TenantId.newId()));
    }

    static Stream<Arguments> hostileProviders() {
        Map<String, Supplier<Script>> scripts = Map.of(
                "lying", Scripts::lying, "malformed", Scripts::malformed, "failing", Scripts::failing);
        return Stream.of(ProviderName.values()).flatMap(provider -> scripts.keySet().stream().sorted()
                .map(name -> Arguments.of(provider, name, scripts.get(name))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hostileProviders")
    void a_hostile_provider_causes_no_safety_violation_and_every_customer_gets_a_safe_reply_or_a_hand_over(
            ProviderName provider, String behaviour, Supplier<Script> script) {
        var usage = new InMemoryUsageRecorder();
        try (var fake = Scripts.start(provider).answering(script.get())) {
            var models = fake.languageModels(usage, Map.of());
            var violations = new ArrayList<String>();
            for (EvalCase c : all.cases) {
                Played played = play(c, models.forTenant(TENANT_IDS.get(c.tenant())).orElseThrow());
                SafetyJudge.violations(played).forEach(v -> violations.add(Transcript.of(played) + "  VIOLATION " + v));
                played.turns().forEach(t -> assertThat(t.text().isPresent() || t.answer() instanceof Answer.HandOver)
                        .as(Transcript.of(played)).isTrue());
            }
            assertThat(violations).isEmpty();
            assertThat(fake.received()).isNotEmpty();
            if (behaviour.equals("lying")) assertThat(usage.recorded()).isNotEmpty();
            System.out.printf("hostile %s/%s: %d cases, %d requests, violations %d%n", provider.setting(), behaviour,
                    all.cases.size(), fake.received().size(), violations.size());
        }
    }

    @ParameterizedTest
    @EnumSource(ProviderName.class)
    void a_well_behaved_provider_keeps_every_safety_rule_and_helpfulness_expectation(ProviderName provider) {
        try (var fake = Scripts.start(provider).answering(Scripts.wellBehaved(labels()))) {
            var models = fake.languageModels(new InMemoryUsageRecorder(), Map.of());
            for (EvalCase c : all.cases) {
                Played played = play(c, models.forTenant(TENANT_IDS.get(c.tenant())).orElseThrow());
                assertThat(SafetyJudge.violations(played)).as(Transcript.of(played)).isEmpty();
                assertThat(HelpfulnessJudge.misses(played)).as(Transcript.of(played)).isEmpty();
                assertThat(played.turns()).allSatisfy(t -> assertThat(t.answer().withheld()).as(Transcript.of(played)).isEmpty());
            }
            assertThat(fake.received()).isNotEmpty();
        }
    }

    private Played play(EvalCase c, LanguageModel model) {
        Tenant tenant = all.tenants.get(c.tenant());
        var assistant = new Assistant(Clock.fixed(c.at() != null ? c.at() : CaseRunner.DEFAULT_AT, ZoneOffset.UTC), model);
        var state = ConversationState.fresh();
        var turns = new ArrayList<Played.Turn>();
        for (String text : c.turns()) {
            var answer = assistant.answer(tenant.knowledge(), tenant.settings(), state, new CustomerMessage(text));
            turns.add(new Played.Turn(text, answer));
            state = answer.newState();
        }
        return new Played(c, tenant, turns);
    }

    /** What a good model would say each turn means: the labels the calibration report is measured against. */
    private static Map<String, String> labels() {
        var labels = new HashMap<String, String>();
        for (EvalCase c : all.cases) {
            List<String> intents = AllCases.expectedIntents(c);
            for (int i = 0; i < c.turns().size() && i < intents.size(); i++) labels.putIfAbsent(c.turns().get(i), intents.get(i));
        }
        return labels;
    }
}
