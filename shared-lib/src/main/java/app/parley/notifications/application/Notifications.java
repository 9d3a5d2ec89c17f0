package app.parley.notifications.application;

import app.parley.common.model.Page;
import app.parley.notifications.model.NotificationEntry;
import app.parley.notifications.model.StaffNotification;
import app.parley.tenancy.model.TenantId;
import java.util.List;

/** Notifications for a tenant's staff, with who has read each. */
public interface Notifications {
    /** Idempotent by the notification's id: true only the first time. */
    boolean record(StaffNotification notification);

    /** Newest first. */
    List<StaffNotification> latest(TenantId tenant, int limit);

    /** What {@code userId} sees (theirs and everyone's), newest first; only unread ones when asked. */
    Page<NotificationEntry> forUser(TenantId tenant, String userId, boolean unreadOnly, int limit, String cursor);

    /** Marks one notification read by {@code userId}; false when there is none that user may see. */
    boolean markRead(TenantId tenant, String notificationId, String userId);
}
