package app.parley.notifications.infrastructure;

import static app.parley.persistence.Attrs.optStr;
import static app.parley.persistence.Attrs.str;

import app.parley.notifications.application.Notifications;
import app.parley.notifications.model.StaffNotification;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code T#t#NOTIFICATIONS / <time>#<id>}: one partition per tenant, read newest first. */
public final class DynamoNotifications implements Notifications {
    private final TenantTable table;

    public DynamoNotifications(TenantTable table) {
        this.table = table;
    }

    @Override
    public void record(StaffNotification n) {
        table.put(TenantItem.of(n.tenant(), Keys.notifications(n.tenant()),
                        Keys.notificationEntry(Keys.sortableTime(n.at()), n.id()))
                .with("notificationId", n.id()).with("kind", n.kind().name()).with("subject", n.subject())
                .with("conversationId", n.conversationId()).with("text", n.text()).with("at", n.at()));
    }

    @Override
    public List<StaffNotification> latest(TenantId tenant, int limit) {
        return table.query(tenant, Keys.notifications(tenant), "", limit, true).stream()
                .map(i -> notification(tenant, i)).toList();
    }

    private static StaffNotification notification(TenantId tenant, Map<String, AttributeValue> i) {
        return new StaffNotification(tenant, str(i, "notificationId"), StaffNotification.Kind.valueOf(str(i, "kind")),
                optStr(i, "subject"), optStr(i, "conversationId"), str(i, "text"), Instant.parse(str(i, "at")));
    }
}
