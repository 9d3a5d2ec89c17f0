package app.parley.local.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Cloud API webhook bodies in Meta's format, for customers writing to a business number. */
final class Webhooks {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Text(String from, String wamid, String body) {}

    private Webhooks() {}

    static String text(String phoneNumberId, String from, String wamid, String body) {
        return texts(phoneNumberId, List.of(new Text(from, wamid, body)));
    }

    static String texts(String phoneNumberId, List<Text> messages) {
        ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode value = root.putArray("entry").addObject().put("id", "102290129340398")
                .putArray("changes").addObject().put("field", "messages").putObject("value");
        value.put("messaging_product", "whatsapp");
        value.putObject("metadata").put("display_phone_number", "15550100001").put("phone_number_id", phoneNumberId);
        ArrayNode contacts = value.putArray("contacts");
        ArrayNode list = value.putArray("messages");
        String now = Long.toString(Instant.now().getEpochSecond());
        for (Text m : messages) {
            contacts.addObject().put("wa_id", m.from()).putObject("profile").put("name", "Customer " + m.from());
            ObjectNode message = list.addObject().put("from", m.from()).put("id", m.wamid()).put("timestamp", now).put("type", "text");
            message.putObject("text").put("body", m.body());
        }
        return root.toString();
    }

    static String status(String phoneNumberId, String wamid, String recipient, String status, Integer errorCode) {
        ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode value = root.putArray("entry").addObject().put("id", "102290129340398")
                .putArray("changes").addObject().put("field", "messages").putObject("value");
        value.put("messaging_product", "whatsapp");
        value.putObject("metadata").put("display_phone_number", "15550100001").put("phone_number_id", phoneNumberId);
        ObjectNode s = value.putArray("statuses").addObject().put("id", wamid).put("status", status)
                .put("timestamp", Long.toString(Instant.now().getEpochSecond())).put("recipient_id", recipient);
        if (errorCode != null) s.putArray("errors").addObject().put("code", errorCode).put("title", "Re-engagement message");
        return root.toString();
    }
}
