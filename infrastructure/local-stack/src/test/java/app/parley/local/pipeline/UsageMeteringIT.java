package app.parley.local.pipeline;

import static app.parley.local.pipeline.PipelineStack.BLOOM;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.providers.FakeModelServer;
import app.parley.assistant.providers.FakeOpenAi;
import app.parley.assistant.providers.Scripts;
import app.parley.billing.infrastructure.DynamoUsageLedger;
import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageTotals;
import app.parley.local.Eventually;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pipeline and the model provider publish usage events and billing meters them, on the local
 * stack: every message in and out counts once however often Meta repeats a webhook, and every
 * token the provider reported is on the tenant's bill.
 */
class UsageMeteringIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void messages_and_model_tokens_are_metered_exactly_once_despite_repeated_webhooks() throws Exception {
        try (var openAi = new FakeOpenAi().answering(Scripts.lying())) {
            var env = new HashMap<>(openAi.environment());
            env.put("AI_READ_TIMEOUT_MS", "5000");
            env.put("AI_CALL_BUDGET_MS", "6000");
            try (PipelineStack p = PipelineStack.start(PipelineStack.evalSeed(), env)) {
                TenantId bloom = p.tenant("bloom-and-stem");
                var ledger = new DynamoUsageLedger(p.tables.tenant(), Clock.systemUTC());
                String period = UsageEvent.BillingPeriod.of(Instant.now());
                for (int i = 0; i < 3; i++) {
                    String customer = "155503000" + i, body = Webhooks.text(BLOOM, customer, "wamid.U" + i, "How much is a bouquet?");
                    for (int repeat = 0; repeat <= i; repeat++) assertThat(p.post(body)).isEqualTo(200);
                }

                Eventually.within(WAIT, () -> sent(p) == 3);
                Eventually.within(WAIT, () -> counted(ledger.totals(bloom, period), "MESSAGE_OUT") == 3);
                Eventually.within(WAIT, () -> counted(ledger.totals(bloom, period), "AI_OUTPUT_TOKENS|openai|")
                        == (long) openAi.received().size() * FakeModelServer.OUTPUT_TOKENS);
                Thread.sleep(1500);
                UsageTotals totals = ledger.totals(bloom, period);
                assertThat(counted(totals, "MESSAGE_IN")).isEqualTo(3);
                assertThat(counted(totals, "MESSAGE_OUT")).isEqualTo(3);
                assertThat(openAi.received()).as("the provider was asked").isNotEmpty();
                assertThat(counted(totals, "AI_INPUT_TOKENS|openai|"))
                        .isEqualTo((long) openAi.received().size() * FakeModelServer.INPUT_TOKENS);
                assertThat(counted(totals, "AI_OUTPUT_TOKENS|openai|"))
                        .isEqualTo((long) openAi.received().size() * FakeModelServer.OUTPUT_TOKENS);
            }
        }
    }

    private static long sent(PipelineStack p) {
        return java.util.stream.IntStream.range(0, 3).mapToLong(i -> p.sentTo("155503000" + i).size()).sum();
    }

    private static long counted(UsageTotals totals, String keyPrefix) {
        return totals.counters().entrySet().stream().filter(e -> e.getKey().equals(keyPrefix) || keyPrefix.endsWith("|")
                && e.getKey().startsWith(keyPrefix)).mapToLong(Map.Entry::getValue).sum();
    }
}
