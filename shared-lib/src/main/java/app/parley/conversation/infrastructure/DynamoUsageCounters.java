package app.parley.conversation.infrastructure;

import app.parley.conversation.application.UsageCounters;
import app.parley.conversation.model.Direction;
import app.parley.messaging.model.MessageOrigin;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantTable;
import app.parley.reports.application.DailyFigures;
import app.parley.reports.application.PlatformDailyFigures;
import app.parley.reports.infrastructure.DynamoDailyFigures;
import app.parley.reports.model.Figure;
import app.parley.reports.model.PlatformFigure;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code T#t#DAILY#day#S<n> / COUNTERS} with atomic ADDs on a random shard; the total sums the shards.
 * With a platform counter, every message is also counted in the platform's daily usage.
 */
public final class DynamoUsageCounters implements UsageCounters {
    private final TenantTable table;
    private final DailyFigures figures;
    private final PlatformDailyFigures platform;

    public DynamoUsageCounters(TenantTable table) {
        this(table, PlatformDailyFigures.NONE);
    }

    public DynamoUsageCounters(TenantTable table, PlatformDailyFigures platform) {
        this.table = table;
        this.figures = new DynamoDailyFigures(table);
        this.platform = platform;
    }

    @Override
    public void count(TenantId tenant, LocalDate day, Direction direction) {
        figures.add(tenant, day, figure(direction));
        platform.add(day, direction == Direction.INBOUND ? PlatformFigure.MESSAGES_IN : PlatformFigure.MESSAGES_OUT);
    }

    @Override
    public void countSent(TenantId tenant, LocalDate day, MessageOrigin origin) {
        figures.add(tenant, day, switch (origin) {
            case AI -> Map.of(Figure.MESSAGES_OUT, 1L, Figure.SENT_BY_AI, 1L);
            case AGENT -> Map.of(Figure.MESSAGES_OUT, 1L, Figure.SENT_BY_STAFF, 1L);
            case SYSTEM -> Map.of(Figure.MESSAGES_OUT, 1L); // notices such as review requests: neither assistant nor staff
        });
        platform.add(day, PlatformFigure.MESSAGES_OUT);
    }

    @Override
    public long total(TenantId tenant, LocalDate day, Direction direction) {
        String attribute = figure(direction).attribute();
        long sum = 0;
        for (int shard = 0; shard < Keys.USAGE_SHARDS; shard++) {
            sum += table.get(tenant, Keys.usage(tenant, day, shard), Keys.COUNTERS)
                    .filter(i -> i.containsKey(attribute)).map(i -> Attrs.num(i, attribute)).orElse(0L);
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
            in += item.get().containsKey(figure(Direction.INBOUND).attribute()) ? Attrs.num(item.get(), figure(Direction.INBOUND).attribute()) : 0;
            out += item.get().containsKey(figure(Direction.OUTBOUND).attribute()) ? Attrs.num(item.get(), figure(Direction.OUTBOUND).attribute()) : 0;
        }
        return new DailyMessages(day, in, out);
    }

    private static Figure figure(Direction direction) {
        return direction == Direction.INBOUND ? Figure.MESSAGES_IN : Figure.MESSAGES_OUT;
    }
}
