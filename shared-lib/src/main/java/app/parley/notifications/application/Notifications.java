package app.parley.notifications.application;

import app.parley.notifications.model.StaffNotification;
import app.parley.tenancy.model.TenantId;
import java.util.List;

/** Notifications for a tenant's staff (issue 7 delivers them: panel badge, mail, push). */
public interface Notifications {
    /** Idempotent by the notification's id and time. */
    void record(StaffNotification notification);

    /** Newest first. */
    List<StaffNotification> latest(TenantId tenant, int limit);
}
