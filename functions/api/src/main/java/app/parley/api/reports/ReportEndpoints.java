package app.parley.api.reports;

import static app.parley.auth.access.Permission.AUDIT_READ;
import static app.parley.auth.access.Permission.REPORTS_READ;

import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.audit.application.AuditEvents;
import app.parley.audit.model.AuditEvent;
import app.parley.conversation.application.Conversations;
import app.parley.conversation.application.Messages;
import app.parley.conversation.application.UsageCounters;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.ConversationStatus;
import app.parley.orders.application.Orders;
import app.parley.orders.model.OrderStatus;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Analytics and the tenant's audit trail. Messages per day come from the pipeline's sharded daily
 * counters; the rest is computed from bounded per-tenant queries (the most recent conversations and
 * orders) and says so.
 */
public final class ReportEndpoints {
    static final int CONVERSATION_SAMPLE = 500;
    static final int MESSAGE_SAMPLE_CONVERSATIONS = 50;
    static final int ORDER_SAMPLE = 1000;

    static final int DAILY_SERIES_DAYS = 14;

    /** @param messagesPerDay the last 14 days (UTC, oldest first) from the pipeline's daily counters */
    public record Analytics(String basis, int conversations, int aiHandled, int escalated, int humanHandled,
                            double escalationRatio, int messagesInLatestConversations, Map<String, Integer> ordersByStatus,
                            double orderConversion, List<DayMessages> messagesPerDay) {}

    /** Messages customers sent and messages sent to them (assistant and staff) on one UTC day. */
    public record DayMessages(LocalDate day, long inbound, long outbound) {}

    public record AuditView(String id, String tenantId, String actor, String action, String before, String after,
                            Instant at, String origin) {
        public static AuditView of(AuditEvent e) {
            return new AuditView(e.id(), e.tenant().map(TenantId::value).orElse(null), e.actor(), e.action(), e.before(), e.after(),
                    e.at(), e.origin());
        }
    }

    private final Conversations conversations;
    private final Messages messages;
    private final Orders orders;
    private final AuditEvents audit;
    private final UsageCounters usage;
    private final Clock clock;

    public ReportEndpoints(Conversations conversations, Messages messages, Orders orders, AuditEvents audit, UsageCounters usage,
                           Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.orders = orders;
        this.audit = audit;
        this.usage = usage;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/analytics").tag("reports").requires(REPORTS_READ)
                        .summary("Messages per day (14 days), AI vs human handled, escalation ratio, order conversion (bounded sample)")
                        .returns(Analytics.class).handle(this::analytics),
                Operation.get("/api/audit").tag("reports").requires(AUDIT_READ).summary("The business's audit trail for one day (?day=YYYY-MM-DD)")
                        .query("day").paged().returnsList(AuditView.class)
                        .handle(c -> Reply.ok(Listing.of(c.page((l, cur) -> audit.page(c.tenant(), day(c, clock), l, cur)), AuditView::of))));
    }

    private Reply analytics(Call call) {
        TenantId t = call.tenant();
        List<Conversation> recent = conversations.recent(t, CONVERSATION_SAMPLE);
        int ai = count(recent, ConversationStatus.AI);
        int escalated = count(recent, ConversationStatus.ESCALATED);
        int human = count(recent, ConversationStatus.HUMAN);
        int messageCount = recent.stream().limit(MESSAGE_SAMPLE_CONVERSATIONS)
                .mapToInt(c -> messages.latest(t, c.id(), 1000).size()).sum();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (OrderStatus s : OrderStatus.values()) byStatus.put(s.name(), orders.list(t, s, ORDER_SAMPLE).size());
        int allOrders = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        return Reply.ok(new Analytics("computed on request from the latest " + CONVERSATION_SAMPLE + " conversations (messages of the latest "
                + MESSAGE_SAMPLE_CONVERSATIONS + ") and up to " + ORDER_SAMPLE + " orders per status; messages per day from the daily counters",
                recent.size(), ai, escalated, human, ratio(escalated + human, recent.size()), messageCount, byStatus,
                ratio(byStatus.get("APPROVED"), allOrders), daily(t)));
    }

    private List<DayMessages> daily(TenantId t) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return java.util.stream.IntStream.range(0, DAILY_SERIES_DAYS).mapToObj(i -> today.minusDays(DAILY_SERIES_DAYS - 1 - i))
                .map(day -> usage.messagesOn(t, day)).map(d -> new DayMessages(d.day(), d.inbound(), d.outbound())).toList();
    }

    public static LocalDate day(Call call, Clock clock) {
        try {
            return call.query("day").map(LocalDate::parse).orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.invalid("day", "is a date such as 2025-01-31.");
        }
    }

    private static int count(List<Conversation> cs, ConversationStatus status) {
        return (int) cs.stream().filter(c -> c.status() == status).count();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
