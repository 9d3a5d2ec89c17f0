package app.parley.conversation.application;

import app.parley.conversation.model.Direction;
import app.parley.messaging.model.MessageOrigin;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;

/** Messages in and out per tenant per day (sharded counters; platform views read their sums). */
public interface UsageCounters {
    void count(TenantId tenant, LocalDate day, Direction direction);

    /** One message sent, counted as out and as written by the assistant or by staff (AI vs human in reports). */
    default void countSent(TenantId tenant, LocalDate day, MessageOrigin origin) {
        count(tenant, day, Direction.OUTBOUND);
    }

    long total(TenantId tenant, LocalDate day, Direction direction);

    /** Both directions of one day, reading each shard once (the analytics' daily series). */
    DailyMessages messagesOn(TenantId tenant, LocalDate day);

    record DailyMessages(LocalDate day, long inbound, long outbound) {}
}
