package app.parley.tickets.infrastructure;

import static app.parley.persistence.Attrs.optStr;
import static app.parley.persistence.Attrs.str;

import app.parley.common.model.Page;
import app.parley.persistence.Attrs;
import app.parley.persistence.Filter;
import app.parley.persistence.Keys;
import app.parley.persistence.Tables;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.reports.infrastructure.DynamoDailyFigures;
import app.parley.reports.model.Figure;
import app.parley.reports.model.PlatformFigure;
import app.parley.tenancy.model.TenantId;
import app.parley.tickets.application.Tickets;
import app.parley.tickets.model.Ticket;
import app.parley.tickets.model.TicketChange;
import app.parley.tickets.model.TicketFilter;
import app.parley.tickets.model.TicketId;
import app.parley.tickets.model.TicketNote;
import app.parley.tickets.model.TicketPriority;
import app.parley.tickets.model.TicketStatus;
import app.parley.persistence.Expression;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * {@code T#t#TICKET#<id> / ITEM} listed under {@code T#t#TICKETS} (newest first, filtered by status, assignee,
 * category), its history {@code HIST#...} and notes {@code NOTE#...} in the same partition; the conversation's
 * {@code TICKET#OPEN} pointer while it is open (taken back when it is reopened). Each write carries its history lines and figures in one transaction.
 */
public final class DynamoTickets implements Tickets {
    private final Tables tables;
    private final TenantTable table;

    public DynamoTickets(Tables tables) {
        this.tables = tables;
        this.table = tables.tenant();
    }

    @Override
    public boolean open(Ticket t, TicketChange opened) {
        List<TransactWriteItem> writes = new ArrayList<>(List.of(table.putInTransaction(item(t), TenantTable.NEW_ITEM),
                table.putInTransaction(history(t.tenant(), opened), TenantTable.NEW_ITEM),
                DynamoDailyFigures.addInTransaction(table, t.tenant(), day(t.openedAt()), Map.of(Figure.TICKETS_OPENED, 1L)),
                tables.platform().updateInTransaction(Keys.platformDaily(day(t.openedAt()), ThreadLocalRandom.current().nextInt(Keys.USAGE_SHARDS)),
                        Keys.COUNTERS, new Expression("ADD #n :one", null, Map.of("#n", PlatformFigure.TICKETS_OPENED.attribute()),
                                Map.of(":one", Attrs.n(1))))));
        if (t.conversationId() != null) {
            writes.add(table.putInTransaction(openMarker(t), TenantTable.NEW_ITEM));
        }
        return table.transact(t.tenant(), writes).committed();
    }

    /** The conversation's pointer to its one open ticket; a reopened ticket takes it back unless another holds it. */
    private static TenantItem openMarker(Ticket t) {
        return TenantItem.of(t.tenant(), Keys.conversation(t.tenant(), t.conversationId()), Keys.OPEN_TICKET).with("ticketId", t.id().value());
    }

    @Override
    public Optional<Ticket> find(TenantId tenant, TicketId id) {
        return table.get(tenant, Keys.ticket(tenant, id.value()), Keys.ITEM).map(i -> ticket(tenant, i));
    }

    @Override
    public Optional<TicketId> openFor(TenantId tenant, String conversationId) {
        return table.get(tenant, Keys.conversation(tenant, conversationId), Keys.OPEN_TICKET).map(i -> new TicketId(str(i, "ticketId")));
    }

    @Override
    public Page<Ticket> page(TenantId tenant, TicketFilter filter, int limit, String cursor) {
        return table.listPage(tenant, Keys.ticketList(tenant), limit, true, cursor, filterOf(filter)).toPage(i -> ticket(tenant, i));
    }

    private static Filter filterOf(TicketFilter f) {
        List<String> parts = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        f.status().ifPresent(s -> { parts.add("#status = :status"); names.put("#status", "status"); values.put(":status", Attrs.s(s.name())); });
        f.priority().ifPresent(p -> { parts.add("priority = :priority"); values.put(":priority", Attrs.s(p.name())); });
        f.assignee().ifPresent(a -> { parts.add("assignee = :assignee"); values.put(":assignee", Attrs.s(a)); });
        f.category().ifPresent(c -> { parts.add("category = :category"); values.put(":category", Attrs.s(c)); });
        return parts.isEmpty() ? null : new Filter(String.join(" AND ", parts), names, values);
    }

    @Override
    public boolean update(Ticket next, List<TicketChange> changes, Map<Figure, Long> figures) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(table.putInTransaction(item(next), "version = :expected", Map.of(":expected", Attrs.n(next.version() - 1))));
        changes.forEach(c -> writes.add(table.putInTransaction(history(next.tenant(), c), TenantTable.NEW_ITEM)));
        if (!figures.isEmpty()) writes.add(DynamoDailyFigures.addInTransaction(table, next.tenant(), day(next.updatedAt()), figures));
        if (next.conversationId() != null && next.status().isOpen()) {
            writes.add(table.putInTransaction(openMarker(next), "attribute_not_exists(PK) OR ticketId = :ticket",
                    Map.of(":ticket", Attrs.s(next.id().value()))));
        }
        if (next.conversationId() != null && !next.status().isOpen()) {
            writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table.name())
                    .key(TenantTable.key(Keys.conversation(next.tenant(), next.conversationId()), Keys.OPEN_TICKET))
                    .conditionExpression("attribute_not_exists(PK) OR ticketId = :ticket")
                    .expressionAttributeValues(Map.of(":ticket", Attrs.s(next.id().value())))).build());
        }
        return table.transact(next.tenant(), writes).committed();
    }

    @Override
    public void note(TenantId tenant, TicketNote n) {
        table.put(TenantItem.of(tenant, Keys.ticket(tenant, n.ticket().value()), Keys.ticketNote(Keys.sortableTime(n.at()), n.id()))
                .with("noteId", n.id()).with("author", n.author()).with("text", n.text()).with("at", n.at()));
    }

    @Override
    public List<TicketChange> history(TenantId tenant, TicketId id) {
        return table.query(tenant, Keys.ticket(tenant, id.value()), "HIST#", 1000, false).stream()
                .map(i -> new TicketChange(str(i, "changeId"), id, str(i, "actor"), str(i, "field"), optStr(i, "from"),
                        optStr(i, "to"), Attrs.instant(i, "at"))).toList();
    }

    @Override
    public List<TicketNote> notes(TenantId tenant, TicketId id) {
        return table.query(tenant, Keys.ticket(tenant, id.value()), "NOTE#", 1000, false).stream()
                .map(i -> new TicketNote(str(i, "noteId"), id, str(i, "author"), str(i, "text"), Attrs.instant(i, "at"))).toList();
    }

    private static TenantItem history(TenantId tenant, TicketChange c) {
        return TenantItem.of(tenant, Keys.ticket(tenant, c.ticket().value()), Keys.ticketHistory(Keys.sortableTime(c.at()), c.id()))
                .with("changeId", c.id()).with("actor", c.actor()).with("field", c.field()).with("from", c.from())
                .with("to", c.to()).with("at", c.at());
    }

    private static TenantItem item(Ticket t) {
        return TenantItem.of(t.tenant(), Keys.ticket(t.tenant(), t.id().value()), Keys.ITEM)
                .listedUnder(Keys.ticketList(t.tenant()), Keys.ticketListSort(Keys.sortableTime(t.openedAt()), t.id().value()))
                .with("ticketId", t.id().value()).with("status", t.status().name()).with("priority", t.priority().name())
                .with("category", t.category()).with("subject", t.subject()).with("customerPhone", t.customerPhone())
                .with("conversationId", t.conversationId()).with("assignee", t.assignee().orElse(null))
                .with("openedBy", t.openedBy()).with("openedAt", t.openedAt()).with("dueAt", t.dueAt())
                .with("updatedAt", t.updatedAt()).with("version", t.version());
    }

    private static Ticket ticket(TenantId tenant, Map<String, AttributeValue> i) {
        return new Ticket(tenant, new TicketId(str(i, "ticketId")), TicketStatus.valueOf(str(i, "status")),
                TicketPriority.valueOf(str(i, "priority")), str(i, "category"), str(i, "subject"), optStr(i, "customerPhone"),
                optStr(i, "conversationId"), Optional.ofNullable(optStr(i, "assignee")), optStr(i, "openedBy"),
                Attrs.instant(i, "openedAt"), Attrs.instant(i, "dueAt"), Attrs.instant(i, "updatedAt"), Attrs.num(i, "version"));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
