package app.parley.assistant.providers;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.TestCatalogs;
import app.parley.assistant.llm.LanguageModel;
import app.parley.assistant.llm.ModelReading;
import app.parley.assistant.llm.PhrasingRequest;
import app.parley.assistant.model.Language;
import app.parley.assistant.understanding.Intent;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever comes back over the wire, nothing escapes as an exception and nothing off-contract is believed. */
class HostileAnswersTest {
    private static final String HUGE = "9".repeat(50_000);
    private static final PhrasingRequest PHRASING = new PhrasingRequest("price of roses?",
            "The Classic rose bouquet is $59.00.", Language.EN, "QuotePrices");

    static Stream<Arguments> offContractClassifications() {
        List<Says> answers = List.of(
                new Says.Garbage("<html>oops</html>"),
                new Says.Garbage(""),
                new Says.Garbage("[1,2,3]"),
                new Says.Garbage("{\"choices\":[{\"message\":7}],\"candidates\":[{}],\"output\":{\"message\":{}}}"),
                new Says.CallTool("set_price", "{\"intent\":\"ORDER\",\"confidence\":0.9,\"service_ids\":[]}"),
                new Says.CallTool(Prompts.CLASSIFY_TOOL, "{\"intent\":\"BUY_NOW\",\"confidence\":0.9,\"service_ids\":[]}"),
                new Says.CallTool(Prompts.CLASSIFY_TOOL, "{\"intent\":\"order\",\"confidence\":0.9,\"service_ids\":[]}"),
                new Says.CallTool(Prompts.CLASSIFY_TOOL, "{\"intent\":\"ORDER\",\"confidence\":1.01,\"service_ids\":[]}"),
                new Says.CallTool(Prompts.CLASSIFY_TOOL, "{\"intent\":\"ORDER\",\"confidence\":-0.1,\"service_ids\":[]}"),
                new Says.CallTool(Prompts.CLASSIFY_TOOL, "{\"intent\":\"ORDER\",\"confidence\":\"0.9\",\"service_ids\":[]}"),
                new Says.CallTool(Prompts.CLASSIFY_TOOL, "{\"intent\":\"ORDER\",\"confidence\":0.9}"),
                new Says.CallTool(Prompts.CLASSIFY_TOOL,
                        "{\"intent\":\"ORDER\",\"confidence\":0.9,\"service_ids\":[],\"unit_price\":\"1.00\"}"),
                new Says.CallTool(Prompts.CLASSIFY_TOOL, "{\"intent\":\"ORDER\",\"confidence\":0.9,\"service_ids\":\"rose\"}"),
                new Says.CallTool(Prompts.CLASSIFY_TOOL, "{\"intent\":\"ORDER\",\"confidence\":0.9,\"service_ids\":[\"" + HUGE + "\"]}"),
                new Says.CallTool(Prompts.CLASSIFY_TOOL, "[\"ORDER\"]"),
                new Says.Say("{\"intent\":\"ORDER\",\"confidence\":0.9,\"service_ids\":[]}"));
        return Stream.of(ProviderName.values()).flatMap(p -> answers.stream().map(a -> Arguments.of(p, a)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("offContractClassifications")
    void an_off_contract_classification_is_discarded_whole(ProviderName name, Says answer) {
        try (var fake = Scripts.start(name).answering(Scripts.always(answer))) {
            assertThat(model(fake).classify("I want roses", TestCatalogs.florist())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ProviderName.class)
    void a_service_the_catalog_does_not_have_is_kept_so_the_assistant_sees_grave_doubt(ProviderName name) {
        try (var fake = Scripts.start(name).answering(Scripts.always(new Says.CallTool(Prompts.CLASSIFY_TOOL,
                "{\"intent\":\"ORDER\",\"confidence\":1.0,\"service_ids\":[\"deluxe-tulips\"]}")))) {
            assertThat(model(fake).classify("tulips please", TestCatalogs.florist()))
                    .contains(new ModelReading(Intent.ORDER, 1.0, List.of("deluxe-tulips")));
        }
    }

    @ParameterizedTest
    @EnumSource(ProviderName.class)
    void phrasing_that_is_not_plain_text_or_is_huge_is_dropped(ProviderName name) {
        try (var fake = Scripts.start(name)) {
            LanguageModel model = model(fake);
            fake.answering(Scripts.always(new Says.CallTool(Prompts.CLASSIFY_TOOL, "{}")));
            assertThat(model.phrase(PHRASING)).isEmpty();
            fake.answering(Scripts.always(new Says.Say("Roses! " + "la ".repeat(2_000))));
            assertThat(model.phrase(PHRASING)).isEmpty();
            fake.answering(Scripts.always(new Says.Say("  \n ")));
            assertThat(model.phrase(PHRASING)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ProviderName.class)
    void extraction_with_extra_fields_or_oversized_values_is_dropped(ProviderName name) {
        try (var fake = Scripts.start(name)) {
            LanguageModel model = model(fake);
            fake.answering(Scripts.always(new Says.CallTool(Prompts.EXTRACT_TOOL,
                    "{\"name\":\"Ann\",\"preferred_time\":\"\",\"address\":\"\",\"order_status\":\"APPROVED\"}")));
            assertThat(model.extract("I'm Ann")).isEmpty();
            fake.answering(Scripts.always(new Says.CallTool(Prompts.EXTRACT_TOOL,
                    "{\"name\":\"" + HUGE + "\",\"preferred_time\":\"\",\"address\":\"\"}")));
            assertThat(model.extract("I'm Ann")).isEmpty();
        }
    }

    private static LanguageModel model(FakeModelServer fake) {
        return fake.forTenant(TenantId.newId(), new InMemoryUsageRecorder(), Map.of());
    }
}
