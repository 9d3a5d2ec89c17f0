package app.parley.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The aggregation at full volume, in memory: 100,000 distinct events (three tenants, two
 * periods, AI tokens per provider and model) delivered with 20,000 redelivered copies, in
 * random order, by 4 writers in SQS-sized batches. The DynamoDB adapter's exactly-once is
 * proven on a smaller real run ({@code MeteringIT}): DynamoDB Local needs ~4 ms per event.
 */
class MeteringUsageTest {
    @Test
    void one_hundred_thousand_events_with_duplicates_out_of_order_give_exact_totals() {
        Random random = new Random(7);
        List<TenantId> tenants = List.of(TenantId.newId(), TenantId.newId(), TenantId.newId());
        var distinct = UsageFixtures.distinct(100_000, tenants, random);
        var delivered = UsageFixtures.delivered(distinct, 20_000, random);
        InMemoryUsageLedger ledger = new InMemoryUsageLedger();
        MeteringUsage metering = new MeteringUsage(ledger);

        List<MeteringUsage.Metered> results = IntStream.range(0, (delivered.size() + 9) / 10).parallel()
                .mapToObj(b -> metering.record(delivered.subList(b * 10, Math.min(delivered.size(), b * 10 + 10)))).toList();

        assertThat(results.stream().mapToInt(MeteringUsage.Metered::counted).sum()).isEqualTo(100_000);
        assertThat(results.stream().mapToInt(MeteringUsage.Metered::duplicates).sum()).isEqualTo(20_000);
        for (TenantId t : tenants) {
            for (String period : List.of("2025-03", "2025-04")) {
                assertThat(ledger.totals(t, period).counters()).isEqualTo(UsageFixtures.expected(distinct, t, period));
            }
        }
    }

    @Test
    void repeats_inside_one_batch_count_once() {
        TenantId t = TenantId.newId();
        var event = UsageFixtures.distinct(1, List.of(t), new Random(1)).getFirst();
        MeteringUsage.Metered m = new MeteringUsage(new InMemoryUsageLedger()).record(List.of(event, event, event));
        assertThat(m).isEqualTo(new MeteringUsage.Metered(1, 2));
    }
}
