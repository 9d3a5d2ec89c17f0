package app.parley.whatsapp.cloud;

import app.parley.messaging.model.StatusUpdate;
import java.util.List;

/** Messages and status updates for one business number ({@code metadata.phone_number_id}). */
public record NumberUpdates(
        String phoneNumberId,
        String displayPhoneNumber,
        List<ReceivedMessage> messages,
        List<StatusUpdate> statuses) {

    public NumberUpdates {
        messages = List.copyOf(messages);
        statuses = List.copyOf(statuses);
    }
}
