package app.parley.reports.infrastructure;

import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformTable;
import app.parley.reports.application.PlatformDailyFigures;
import app.parley.reports.model.PlatformFigure;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** {@code P#DAILY#day#S<n> / COUNTERS}: platform-wide counters on a random shard, summed per day on read. */
public final class DynamoPlatformDailyFigures implements PlatformDailyFigures {
    private final PlatformTable table;

    public DynamoPlatformDailyFigures(PlatformTable table) { this.table = table; }

    @Override
    public void add(LocalDate day, Map<PlatformFigure, Long> amounts) {
        if (amounts.isEmpty()) return;
        table.update(randomShard(day), Keys.COUNTERS, expression(amounts));
    }

    /** The same add inside the transaction that writes the event, so the platform counts it exactly once too. */
    public static TransactWriteItem addInTransaction(PlatformTable table, LocalDate day, Map<PlatformFigure, Long> amounts) {
        return table.updateInTransaction(randomShard(day), Keys.COUNTERS, expression(amounts));
    }

    private static String randomShard(LocalDate day) {
        return Keys.platformDaily(day, ThreadLocalRandom.current().nextInt(Keys.USAGE_SHARDS));
    }

    private static Expression expression(Map<PlatformFigure, Long> amounts) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        StringBuilder add = new StringBuilder("ADD ");
        int i = 0;
        for (var e : amounts.entrySet()) {
            names.put("#a" + i, e.getKey().attribute());
            values.put(":a" + i, Attrs.n(e.getValue()));
            add.append(i == 0 ? "" : ", ").append("#a").append(i).append(" :a").append(i);
            i++;
        }
        return new Expression(add.toString(), null, names, values);
    }

    @Override
    public SortedMap<LocalDate, Map<PlatformFigure, Long>> perDay(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(DynamoDailyFigures.MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("a range of 1 to " + DynamoDailyFigures.MAX_DAYS + " days");
        }
        SortedMap<LocalDate, Map<PlatformFigure, Long>> days = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Map<PlatformFigure, Long> figures = new EnumMap<>(PlatformFigure.class);
            for (PlatformFigure f : PlatformFigure.values()) figures.put(f, 0L);
            for (int s = 0; s < Keys.USAGE_SHARDS; s++) {
                table.get(Keys.platformDaily(day, s), Keys.COUNTERS).ifPresent(item -> {
                    for (PlatformFigure f : PlatformFigure.values()) {
                        if (item.containsKey(f.attribute())) figures.merge(f, Attrs.num(item, f.attribute()), Long::sum);
                    }
                });
            }
            days.put(day, figures);
        }
        return days;
    }
}
