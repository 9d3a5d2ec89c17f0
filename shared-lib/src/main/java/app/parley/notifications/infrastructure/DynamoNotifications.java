package app.parley.notifications.infrastructure;

import static app.parley.persistence.Attrs.optStr;
import static app.parley.persistence.Attrs.str;

import app.parley.common.model.Page;
import app.parley.notifications.application.Notifications;
import app.parley.notifications.model.NotificationEntry;
import app.parley.notifications.model.StaffNotification;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Filter;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code T#t#NOTIFICATIONS / <time>#<id>}: one partition per tenant, read newest first; who read an entry is
 * the string set {@code readBy} on it. {@code T#t#NOTIFICATION#<id> / ITEM} finds an entry by id and makes
 * recording idempotent (both are written in one transaction, the pointer only if absent).
 */
public final class DynamoNotifications implements Notifications {
    private static final String READ_BY = "readBy";
    private final TenantTable table;

    public DynamoNotifications(TenantTable table) {
        this.table = table;
    }

    @Override
    public boolean record(StaffNotification n) {
        String entry = Keys.notificationEntry(Keys.sortableTime(n.at()), n.id());
        TenantItem pointer = TenantItem.of(n.tenant(), Keys.notification(n.tenant(), n.id()), Keys.ITEM).with("entry", entry);
        TenantItem item = TenantItem.of(n.tenant(), Keys.notifications(n.tenant()), entry)
                .with("notificationId", n.id()).with("kind", n.kind().name()).with("subject", n.subject())
                .with("conversationId", n.conversationId()).with("text", n.text()).with("at", n.at())
                .with("recipient", n.recipient());
        return table.transact(n.tenant(), List.of(table.putInTransaction(pointer, TenantTable.NEW_ITEM),
                table.putInTransaction(item, TenantTable.NEW_ITEM))).committed();
    }

    @Override
    public List<StaffNotification> latest(TenantId tenant, int limit) {
        return table.query(tenant, Keys.notifications(tenant), "", limit, true).stream()
                .map(i -> notification(tenant, i)).toList();
    }

    @Override
    public Page<NotificationEntry> forUser(TenantId tenant, String userId, boolean unreadOnly, int limit, String cursor) {
        String visible = "(attribute_not_exists(recipient) OR recipient = :me)";
        var filter = new Filter(unreadOnly ? visible + " AND NOT contains(" + READ_BY + ", :me)" : visible, Map.of(),
                Map.of(":me", Attrs.s(userId)));
        return table.queryPage(tenant, Keys.notifications(tenant), "", limit, true, cursor, filter)
                .toPage(i -> new NotificationEntry(notification(tenant, i), readBy(i, userId)));
    }

    @Override
    public boolean markRead(TenantId tenant, String notificationId, String userId) {
        var pointer = table.get(tenant, Keys.notification(tenant, notificationId), Keys.ITEM);
        if (pointer.isEmpty()) return false;
        return table.update(tenant, Keys.notifications(tenant), str(pointer.get(), "entry"), new Expression(
                "ADD " + READ_BY + " :me", "attribute_exists(PK) AND (attribute_not_exists(recipient) OR recipient = :user)",
                Map.of(), Map.of(":me", AttributeValue.fromSs(List.of(userId)), ":user", Attrs.s(userId)))).isPresent();
    }

    private static boolean readBy(Map<String, AttributeValue> i, String userId) {
        AttributeValue v = i.get(READ_BY);
        return v != null && v.hasSs() && v.ss().contains(userId);
    }

    private static StaffNotification notification(TenantId tenant, Map<String, AttributeValue> i) {
        return new StaffNotification(tenant, str(i, "notificationId"), StaffNotification.Kind.valueOf(str(i, "kind")),
                optStr(i, "subject"), optStr(i, "conversationId"), str(i, "text"), Instant.parse(str(i, "at")),
                optStr(i, "recipient"));
    }
}
