package app.parley.billing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.billing.application.MeteringUsage;
import app.parley.billing.application.UsageFixtures;
import app.parley.billing.model.UsageEvent;
import app.parley.persistence.Keys;
import app.parley.persistence.LocalTables;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once on DynamoDB Local: 1,000 distinct events with 250 redelivered copies, shuffled,
 * written by 3 concurrent writers in batches of 10 (an SQS batch): exact totals, every copy
 * reported as a duplicate, counters spread over the shards. (A 100,000-event run of this test
 * passed too, in 7.5 minutes, too slow to keep in the build: the volume is covered in memory by
 * {@code MeteringUsageTest}.)
 */
class MeteringIT {
    private static final int DISTINCT = 1_000;
    private static final int COPIES = 250;
    private static LocalTables local;

    @BeforeAll static void start() { local = LocalTables.start(); }
    @AfterAll static void stop() { local.close(); }

    @Test
    void events_with_duplicates_and_any_order_from_concurrent_writers_give_exact_totals() throws Exception {
        List<TenantId> tenants = List.of(TenantId.newId(), TenantId.newId());
        Random random = new Random(42);
        List<UsageEvent> distinct = UsageFixtures.distinct(DISTINCT, tenants, random);
        List<UsageEvent> delivered = UsageFixtures.delivered(distinct, COPIES, random);
        DynamoUsageLedger ledger = new DynamoUsageLedger(local.tables().tenant(), Clock.systemUTC());
        MeteringUsage metering = new MeteringUsage(ledger);

        AtomicInteger counted = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < delivered.size(); i += 10) {
            List<UsageEvent> batch = delivered.subList(i, Math.min(delivered.size(), i + 10));
            done.add(writers.submit(() -> {
                MeteringUsage.Metered m = metering.record(batch);
                counted.addAndGet(m.counted());
                duplicates.addAndGet(m.duplicates());
            }));
        }
        for (Future<?> f : done) f.get();
        writers.shutdown();

        assertThat(counted.get()).isEqualTo(DISTINCT);
        assertThat(duplicates.get()).isEqualTo(COPIES);
        for (TenantId t : tenants) {
            for (String period : List.of("2025-03", "2025-04")) {
                assertThat(ledger.totals(t, period).counters()).isEqualTo(UsageFixtures.expected(distinct, t, period));
            }
        }
        assertThat(shardsWritten(tenants.getFirst(), "2025-03")).isGreaterThan(1);
    }

    @Test
    void a_whole_batch_redelivered_after_success_counts_nothing() {
        TenantId t = TenantId.newId();
        List<UsageEvent> batch = UsageFixtures.distinct(10, List.of(t), new Random(3));
        DynamoUsageLedger ledger = new DynamoUsageLedger(local.tables().tenant(), Clock.systemUTC());
        MeteringUsage metering = new MeteringUsage(ledger);
        assertThat(metering.record(batch)).isEqualTo(new MeteringUsage.Metered(10, 0));
        assertThat(metering.record(batch)).isEqualTo(new MeteringUsage.Metered(0, 10));
        assertThat(ledger.totals(t, "2025-03").counters()).isEqualTo(UsageFixtures.expected(batch, t, "2025-03"));
    }

    private static long shardsWritten(TenantId t, String period) {
        return java.util.stream.IntStream.range(0, Keys.USAGE_SHARDS)
                .filter(s -> local.tables().tenant().get(t, Keys.usageShard(t, period, s), Keys.COUNTERS).isPresent()).count();
    }
}
