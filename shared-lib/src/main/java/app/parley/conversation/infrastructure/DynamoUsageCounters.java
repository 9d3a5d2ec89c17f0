package app.parley.conversation.infrastructure;

import app.parley.conversation.application.UsageCounters;
import app.parley.conversation.model.Direction;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** {@code T#t#USAGE#day#S<n> / COUNTERS} with atomic ADDs on a random shard; the total sums the shards. */
public final class DynamoUsageCounters implements UsageCounters {
    private final TenantTable table;

    public DynamoUsageCounters(TenantTable table) {
        this.table = table;
    }

    @Override
    public void count(TenantId tenant, LocalDate day, Direction direction) {
        int shard = ThreadLocalRandom.current().nextInt(Keys.USAGE_SHARDS);
        String pk = Keys.usage(tenant, day, shard);
        // TPK/TSK as every tenant item has them, so export and hard delete find the counters
        table.update(tenant, pk, Keys.COUNTERS, new Expression("SET TPK = :tpk, TSK = :tsk ADD #n :one", null,
                Map.of("#n", attribute(direction)), Map.of(":one", Attrs.n(1),
                        ":tpk", Attrs.s(Keys.tenantIndexPartition(tenant, pk, Keys.COUNTERS)),
                        ":tsk", Attrs.s(Keys.tenantIndexSort(pk, Keys.COUNTERS)))));
    }

    @Override
    public long total(TenantId tenant, LocalDate day, Direction direction) {
        long sum = 0;
        for (int shard = 0; shard < Keys.USAGE_SHARDS; shard++) {
            sum += table.get(tenant, Keys.usage(tenant, day, shard), Keys.COUNTERS)
                    .filter(i -> i.containsKey(attribute(direction))).map(i -> Attrs.num(i, attribute(direction))).orElse(0L);
        }
        return sum;
    }

    @Override
    public DailyMessages messagesOn(TenantId tenant, LocalDate day) {
        long in = 0;
        long out = 0;
        for (int shard = 0; shard < Keys.USAGE_SHARDS; shard++) {
            var item = table.get(tenant, Keys.usage(tenant, day, shard), Keys.COUNTERS);
            if (item.isEmpty()) continue;
            in += item.get().containsKey(attribute(Direction.INBOUND)) ? Attrs.num(item.get(), attribute(Direction.INBOUND)) : 0;
            out += item.get().containsKey(attribute(Direction.OUTBOUND)) ? Attrs.num(item.get(), attribute(Direction.OUTBOUND)) : 0;
        }
        return new DailyMessages(day, in, out);
    }

    private static String attribute(Direction direction) {
        return direction == Direction.INBOUND ? "messagesIn" : "messagesOut";
    }
}
