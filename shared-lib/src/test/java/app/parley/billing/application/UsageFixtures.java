package app.parley.billing.application;

import app.parley.billing.model.UsageEvent;
import app.parley.billing.model.UsageKind;
import app.parley.billing.model.UsageTotals;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Usage events over two periods and several tenants, their redelivered copies, and the totals they must give. */
public final class UsageFixtures {
    private UsageFixtures() {}

    public static List<UsageEvent> distinct(int count, List<TenantId> tenants, Random random) {
        UsageKind[] kinds = UsageKind.values();
        Instant march = Instant.parse("2025-03-20T00:00:00Z");
        List<UsageEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UsageKind kind = kinds[random.nextInt(kinds.length)];
            boolean ai = kind.isAiTokens();
            events.add(new UsageEvent("evt-" + i, tenants.get(i % tenants.size()), kind,
                    kind.isMessage() ? 1 : 1 + random.nextInt(5_000), march.plusSeconds(random.nextInt(30 * 86_400)),
                    ai ? (i % 2 == 0 ? "openai" : "bedrock") : null, ai ? "model-" + (i % 3) : null));
        }
        return events;
    }

    /** Every event once, plus {@code copies} redeliveries of random ones, in random order. */
    public static List<UsageEvent> delivered(List<UsageEvent> distinct, int copies, Random random) {
        List<UsageEvent> delivered = new ArrayList<>(distinct);
        for (int i = 0; i < copies; i++) delivered.add(distinct.get(random.nextInt(distinct.size())));
        Collections.shuffle(delivered, random);
        return delivered;
    }

    public static Map<String, Long> expected(List<UsageEvent> distinct, TenantId t, String period) {
        Map<String, Long> sums = new HashMap<>();
        distinct.stream().filter(e -> e.tenantId().equals(t) && e.period().equals(period))
                .forEach(e -> sums.merge(e.counter().key(), e.quantity(), Long::sum));
        return new UsageTotals(period, sums).counters();
    }
}
