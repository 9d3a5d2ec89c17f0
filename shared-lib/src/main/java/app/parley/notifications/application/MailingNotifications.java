package app.parley.notifications.application;

import app.parley.auth.application.Users;
import app.parley.auth.model.Role;
import app.parley.auth.model.User;
import app.parley.auth.model.UserId;
import app.parley.common.model.Page;
import app.parley.mail.application.Mailer;
import app.parley.mail.model.Mail;
import app.parley.notifications.model.NotificationEntry;
import app.parley.notifications.model.StaffNotification;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Records notifications and, the first time one is recorded, mails it through the mail port: to its one
 * recipient (an assignment), or to every active manager and admin of the tenant. A redelivered event
 * mails nobody twice.
 */
public final class MailingNotifications implements Notifications {
    private static final Set<Role> MANAGERS = Set.of(Role.MANAGER, Role.TENANT_ADMIN);
    private final Notifications stored;
    private final Users users;
    private final Mailer mailer;

    public MailingNotifications(Notifications stored, Users users, Mailer mailer) {
        this.stored = stored;
        this.users = users;
        this.mailer = mailer;
    }

    @Override
    public boolean record(StaffNotification n) {
        boolean first = stored.record(n);
        if (first && n.kind().mailed()) recipients(n).forEach(u -> mailer.send(mail(n, u)));
        return first;
    }

    private Stream<User> recipients(StaffNotification n) {
        if (n.recipient() != null) {
            return users.find(n.tenant(), new UserId(n.recipient())).filter(User::active).stream();
        }
        return users.list(n.tenant()).stream().filter(User::active).filter(u -> MANAGERS.contains(u.role()));
    }

    private static Mail mail(StaffNotification n, User to) {
        String subject = switch (n.kind()) {
            case ORDER_REQUESTED -> "New order waiting for approval";
            case ORDER_REQUEST_NEEDS_REVIEW -> "An order request needs a person";
            case ESCALATED -> "A conversation needs a person";
            case NEGATIVE_REVIEW -> "A customer left a negative review";
            case TICKET_ASSIGNED -> "A ticket was assigned to you";
        };
        return new Mail(to.email().value(), subject, "Hello " + to.name() + ",\n\n" + n.text()
                + (n.subject() == null ? "" : "\n\nReference: " + n.subject()) + "\n\nOpen the Parley panel to follow up.\n");
    }

    @Override
    public List<StaffNotification> latest(TenantId tenant, int limit) { return stored.latest(tenant, limit); }

    @Override
    public Page<NotificationEntry> forUser(TenantId tenant, String userId, boolean unreadOnly, int limit, String cursor) {
        return stored.forUser(tenant, userId, unreadOnly, limit, cursor);
    }

    @Override
    public boolean markRead(TenantId tenant, String notificationId, String userId) {
        return stored.markRead(tenant, notificationId, userId);
    }
}
