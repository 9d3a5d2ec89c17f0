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
 * reported as a duplicate, counters spread over the shards; and the volume run: 100,000 deliveries
 * (90,000 events, 10,000 redelivered copies) in any order, exact to the unit.
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
    void a_hundred_thousand_deliveries_with_ten_thousand_repeats_in_any_order_give_exact_totals() throws Exception {
        List<TenantId> tenants = List.of(TenantId.newId(), TenantId.newId(), TenantId.newId(), TenantId.newId());
        Random random = new Random(7);
        List<UsageEvent> distinct = UsageFixtures.distinct(90_000, tenants, random);
        List<UsageEvent> delivered = UsageFixtures.delivered(distinct, 10_000, random);
        DynamoUsageLedger ledger = new DynamoUsageLedger(local.tables().tenant(), Clock.systemUTC());

        MeteringUsage.Metered metered = meter(new MeteringUsage(ledger), delivered, 720, 3);

        assertThat(delivered).hasSize(100_000);
        assertThat(metered).isEqualTo(new MeteringUsage.Metered(90_000, 10_000));
        for (TenantId t : tenants) {
            for (String period : List.of("2025-03", "2025-04")) {
                assertThat(ledger.totals(t, period).counters()).isEqualTo(UsageFixtures.expected(distinct, t, period));
            }
        }
    }

    private static MeteringUsage.Metered meter(MeteringUsage metering, List<UsageEvent> delivered, int batch, int writers)
            throws Exception {
        AtomicInteger counted = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < delivered.size(); i += batch) {
            List<UsageEvent> part = delivered.subList(i, Math.min(delivered.size(), i + batch));
            done.add(pool.submit(() -> {
                MeteringUsage.Metered m = metering.record(part);
                counted.addAndGet(m.counted());
                duplicates.addAndGet(m.duplicates());
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        return new MeteringUsage.Metered(counted.get(), duplicates.get());
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
