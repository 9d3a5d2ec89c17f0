package app.parley.whatsapp.cloud;

import app.parley.messaging.model.Customer;
import app.parley.messaging.model.DeliveryStatus;
import app.parley.messaging.model.StatusUpdate;
import app.parley.messaging.model.StatusUpdate.DeliveryError;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Meta's Cloud API webhook bodies ({@code object: whatsapp_business_account}). Only
 * {@code messages} changes are read; other fields (account updates, templates) are ignored.
 * Never throws: anything unreadable becomes {@link WebhookParse.Rejected}, unknown message types
 * become Unsupported content, and a message id seen twice in one body is reported once.
 */
public final class CloudWebhookParser {
    public static final int DEFAULT_MAX_BYTES = 1_048_576;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build());

    private final int maxBytes;

    public CloudWebhookParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public CloudWebhookParser(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public WebhookParse parse(String body) {
        return body == null ? new WebhookParse.Rejected("the webhook body is empty")
                : parse(body.getBytes(StandardCharsets.UTF_8));
    }

    public WebhookParse parse(byte[] body) {
        if (body == null || body.length == 0) return new WebhookParse.Rejected("the webhook body is empty");
        if (body.length > maxBytes) {
            return new WebhookParse.Rejected("the webhook body has " + body.length + " bytes, more than the "
                    + maxBytes + " accepted");
        }
        try {
            return read(JSON.readTree(body));
        } catch (IOException e) {
            return new WebhookParse.Rejected("the webhook body is not valid JSON");
        } catch (RuntimeException e) {
            return new WebhookParse.Rejected("the webhook body could not be read: " + e.getClass().getSimpleName());
        }
    }

    private WebhookParse read(JsonNode root) {
        if (root == null || !root.isObject()) return new WebhookParse.Rejected("the webhook body is not a JSON object");
        if (!"whatsapp_business_account".equals(Json.text(root, "object"))) {
            return new WebhookParse.Rejected("the webhook is not for a WhatsApp Business Account");
        }
        if (!root.path("entry").isArray()) return new WebhookParse.Rejected("the webhook has no entry list");
        return new Batch().read(root.path("entry"));
    }

    /** State for one body: numbers in order of appearance, ids already seen, and what was skipped. */
    private static final class Batch {
        private final Map<String, Collector> numbers = new LinkedHashMap<>();
        private final Set<String> seenMessages = new HashSet<>();
        private final Set<String> seenStatuses = new HashSet<>();
        private final List<String> skipped = new ArrayList<>();

        WebhookParse read(JsonNode entries) {
            for (JsonNode entry : Json.elements(entries)) {
                for (JsonNode change : Json.elements(entry.path("changes"))) {
                    if ("messages".equals(Json.text(change, "field"))) readChange(change.path("value"));
                }
            }
            return new WebhookParse.Parsed(numbers.values().stream().map(Collector::toUpdates).toList(), skipped);
        }

        private void readChange(JsonNode value) {
            String numberId = Json.text(value.path("metadata"), "phone_number_id");
            if (numberId == null) {
                skipped.add("a change without metadata.phone_number_id was ignored");
                return;
            }
            Collector number = numbers.computeIfAbsent(numberId,
                    id -> new Collector(id, Json.text(value.path("metadata"), "display_phone_number")));
            Map<String, String> names = profileNames(value.path("contacts"));
            Json.elements(value.path("messages")).forEach(m -> readMessage(number, m, names));
            Json.elements(value.path("statuses")).forEach(s -> readStatus(number, s));
        }

        private void readMessage(Collector number, JsonNode message, Map<String, String> names) {
            String id = Json.text(message, "id");
            String from = Json.text(message, "from");
            Instant at = timestamp(message);
            if (id == null || from == null || at == null) {
                skipped.add("a message without id, sender or timestamp was ignored");
                return;
            }
            if (!seenMessages.add(id)) return;
                        number.messages.add(new ReceivedMessage(number.phoneNumberId, new Customer(from, names.get(from)), id, at,
                    CloudContentReader.read(message), Json.text(message.path("context"), "id")));
        }

        private void readStatus(Collector number, JsonNode status) {
            String id = Json.text(status, "id");
            DeliveryStatus state = deliveryStatus(Json.text(status, "status"));
            Instant at = timestamp(status);
            if (id == null || state == null || at == null) {
                skipped.add("a status without id, known status or timestamp was ignored");
                return;
            }
            if (!seenStatuses.add(id + "/" + state)) return;
            number.statuses.add(new StatusUpdate(id, state, Json.text(status, "recipient_id"), at, errors(status),
                    Json.text(status, "biz_opaque_callback_data")));
        }

        private static List<DeliveryError> errors(JsonNode status) {
            return Json.elements(status.path("errors")).stream()
                    .map(e -> new DeliveryError(e.path("code").asInt(), Json.text(e, "title"),
                            Json.text(e.path("error_data"), "details")))
                    .toList();
        }

        private static Map<String, String> profileNames(JsonNode contacts) {
            Map<String, String> names = new LinkedHashMap<>();
            for (JsonNode contact : Json.elements(contacts)) {
                String waId = Json.text(contact, "wa_id");
                String name = Json.text(contact.path("profile"), "name");
                if (waId != null && name != null) names.put(waId, name);
            }
            return names;
        }

        private static DeliveryStatus deliveryStatus(String value) {
            if (value == null) return null;
            try {
                return DeliveryStatus.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }

        private static Instant timestamp(JsonNode node) {
            String seconds = Json.text(node, "timestamp");
            if (seconds == null || !seconds.matches("\\d{1,12}")) return null;
            return Instant.ofEpochSecond(Long.parseLong(seconds));
        }
    }

    private static final class Collector {
        final String phoneNumberId;
        final String displayPhoneNumber;
        final List<ReceivedMessage> messages = new ArrayList<>();
        final List<StatusUpdate> statuses = new ArrayList<>();

        Collector(String phoneNumberId, String displayPhoneNumber) {
            this.phoneNumberId = phoneNumberId;
            this.displayPhoneNumber = displayPhoneNumber;
        }

        NumberUpdates toUpdates() {
            return new NumberUpdates(phoneNumberId, displayPhoneNumber, messages, statuses);
        }
    }
}
