package app.parley.billing.infrastructure;

import app.parley.billing.model.UsageEvent;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.tenancy.model.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** ADDs the sums of some events to one counter shard, keeping the shard in the tenant's ByTenant index. */
final class CounterUpdate {
    private CounterUpdate() {}

    static Expression of(TenantId tenant, String pk, String period, List<UsageEvent> events) {
        Map<String, Long> sums = new TreeMap<>();
        events.forEach(e -> sums.merge(e.counter().key(), e.quantity(), Long::sum));
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":tpk", Attrs.s(Keys.tenantIndexPartition(tenant, pk, Keys.COUNTERS)));
        values.put(":tsk", Attrs.s(Keys.tenantIndexSort(pk, Keys.COUNTERS)));
        values.put(":period", Attrs.s(period));
        names.put("#period", "period");
        StringJoiner adds = new StringJoiner(", ", " ADD ", "");
        int i = 0;
        for (Map.Entry<String, Long> sum : sums.entrySet()) {
            names.put("#c" + i, DynamoUsageLedger.COUNTER_PREFIX + sum.getKey());
            values.put(":v" + i, Attrs.n(sum.getValue()));
            adds.add("#c" + i + " :v" + i);
            i++;
        }
        return new Expression("SET TPK = :tpk, TSK = :tsk, #period = :period" + adds, null, names, values);
    }
}
