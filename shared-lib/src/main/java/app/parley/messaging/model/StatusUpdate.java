package app.parley.messaging.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The channel reports progress (or failure) of a message the business sent. {@code callbackData}: what the
 * send carried as {@code biz_opaque_callback_data} (names our outgoing message even when its wamid is unknown), or null.
 */
public record StatusUpdate(
        String externalMessageId,
        DeliveryStatus status,
        String recipientWaId,
        Instant timestamp,
        List<DeliveryError> errors,
        String callbackData) {

    public StatusUpdate {
        Objects.requireNonNull(externalMessageId, "externalMessageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(timestamp, "timestamp");
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public StatusUpdate(String externalMessageId, DeliveryStatus status, String recipientWaId, Instant timestamp,
                        List<DeliveryError> errors) {
        this(externalMessageId, status, recipientWaId, timestamp, errors, null);
    }

    /** One error the channel gave for a failed message, e.g. 131047 outside the 24-hour window. */
    public record DeliveryError(int code, String title, String details) {}
}
