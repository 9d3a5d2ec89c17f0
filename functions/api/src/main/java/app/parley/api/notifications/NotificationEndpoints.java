package app.parley.api.notifications;

import static app.parley.auth.access.Permission.NOTIFICATIONS_READ;

import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.notifications.application.Notifications;
import app.parley.notifications.model.NotificationEntry;
import java.time.Instant;
import java.util.List;

/** The signed-in staff member's notifications (theirs and everyone's), read or unread, and marking them read. */
public final class NotificationEndpoints {
    private final Notifications notifications;

    public record NotificationView(String id, String kind, String subject, String conversationId, String text, Instant at,
                                   boolean forMeOnly, boolean read) {
        static NotificationView of(NotificationEntry e) {
            var n = e.notification();
            return new NotificationView(n.id(), n.kind().name(), n.subject(), n.conversationId(), n.text(), n.at(),
                    n.recipient() != null, e.read());
        }
    }

    public NotificationEndpoints(Notifications notifications) { this.notifications = notifications; }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/notifications").tag("notifications").requires(NOTIFICATIONS_READ)
                        .summary("My notifications, newest first; ?unread=true for the unread ones only").query("unread").paged()
                        .returnsList(NotificationView.class).handle(this::list),
                Operation.post("/api/notifications/{notificationId}/read").tag("notifications").requires(NOTIFICATIONS_READ)
                        .summary("Mark one of my notifications read").status(204).handle(this::markRead));
    }

    private Reply list(Call call) {
        boolean unread = call.query("unread").map(v -> switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.invalid("unread", "is true or false.");
        }).orElse(false);
        return Reply.ok(Listing.of(call.page((limit, cursor) -> notifications.forUser(call.tenant(), call.actor(), unread, limit, cursor)),
                NotificationView::of));
    }

    private Reply markRead(Call call) {
        String id = call.path("notificationId");
        if (id == null || id.length() > 120 || !notifications.markRead(call.tenant(), id, call.actor())) throw ApiProblem.notFound();
        return Reply.noContent();
    }
}
