package app.parley.notifications.model;

/** A notification as one staff user sees it: read or not by them. */
public record NotificationEntry(StaffNotification notification, boolean read) {}
