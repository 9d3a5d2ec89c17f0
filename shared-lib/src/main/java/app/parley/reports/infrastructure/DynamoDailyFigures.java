package app.parley.reports.infrastructure;

import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantTable;
import app.parley.reports.application.DailyFigures;
import app.parley.reports.model.Figure;
import app.parley.reports.model.Totals;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The pipeline's sharded {@code T#t#DAILY#day#S<n> / COUNTERS} items, extended with every report figure:
 * atomic ADDs on a random shard (or inside the transaction that writes the event itself), summed on read.
 */
public final class DynamoDailyFigures implements DailyFigures {
    /** Reports read at most this many days at once (8 reads a day). */
    public static final int MAX_DAYS = 92;
    private final TenantTable table;

    public DynamoDailyFigures(TenantTable table) { this.table = table; }

    @Override
    public void add(TenantId tenant, LocalDate day, Map<Figure, Long> amounts) {
        if (amounts.isEmpty()) return;
        String pk = shard(tenant, day);
        table.update(tenant, pk, Keys.COUNTERS, expression(tenant, pk, attributes(amounts)));
    }

    @Override
    public void staffActed(TenantId tenant, LocalDate day, String userId) {
        String pk = shard(tenant, day);
        table.update(tenant, pk, Keys.COUNTERS, expression(tenant, pk,
                Map.of(Figure.STAFF_ACTIONS.attribute(), 1L, Figure.ACTIVITY_PREFIX + userId, 1L)));
    }

    /** The same add as part of a transaction, so the figure is counted exactly when the event is written. */
    public static TransactWriteItem addInTransaction(TenantTable table, TenantId tenant, LocalDate day, Map<Figure, Long> amounts) {
        String pk = shard(tenant, day);
        return table.updateInTransaction(pk, Keys.COUNTERS, expression(tenant, pk, attributes(amounts)));
    }

    @Override
    public Totals totals(TenantId tenant, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) throw new IllegalArgumentException("a range of 1 to " + MAX_DAYS + " days");
        Map<Figure, Long> figures = new EnumMap<>(Figure.class);
        Map<String, Long> activity = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (int s = 0; s < Keys.USAGE_SHARDS; s++) {
                table.get(tenant, Keys.usage(tenant, day, s), Keys.COUNTERS).ifPresent(item -> sum(item, figures, activity));
            }
        }
        return new Totals(from, to, figures, activity);
    }

    private static void sum(Map<String, AttributeValue> item, Map<Figure, Long> figures, Map<String, Long> activity) {
        for (Figure f : Figure.values()) {
            if (item.containsKey(f.attribute())) figures.merge(f, Attrs.num(item, f.attribute()), Long::sum);
        }
        item.forEach((name, value) -> {
            if (name.startsWith(Figure.ACTIVITY_PREFIX)) activity.merge(name.substring(Figure.ACTIVITY_PREFIX.length()), Long.parseLong(value.n()), Long::sum);
        });
    }

    private static String shard(TenantId tenant, LocalDate day) {
        return Keys.usage(tenant, day, ThreadLocalRandom.current().nextInt(Keys.USAGE_SHARDS));
    }

    private static Map<String, Long> attributes(Map<Figure, Long> amounts) {
        Map<String, Long> out = new LinkedHashMap<>();
        amounts.forEach((f, n) -> out.put(f.attribute(), n));
        return out;
    }

    /** {@code SET TPK, TSK ADD #a0 :a0, ...}: TPK/TSK as every tenant item has them, for export and hard delete. */
    static Expression expression(TenantId tenant, String pk, Map<String, Long> amounts) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        values.put(":tpk", Attrs.s(Keys.tenantIndexPartition(tenant, pk, Keys.COUNTERS)));
        values.put(":tsk", Attrs.s(Keys.tenantIndexSort(pk, Keys.COUNTERS)));
        StringBuilder add = new StringBuilder();
        int i = 0;
        for (var e : amounts.entrySet()) {
            names.put("#a" + i, e.getKey());
            values.put(":a" + i, Attrs.n(e.getValue()));
            add.append(i == 0 ? "" : ", ").append("#a").append(i).append(" :a").append(i);
            i++;
        }
        return new Expression("SET TPK = :tpk, TSK = :tsk ADD " + add, null, names, values);
    }
}
