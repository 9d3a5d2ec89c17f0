package app.parley.whatsapp.cloud;

import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.InboundContent.InteractiveReply;
import app.parley.messaging.model.InboundContent.ReplyKind;
import app.parley.messaging.model.InboundContent.SharedContact;
import app.parley.messaging.model.InboundContent.SharedPhone;
import app.parley.messaging.model.InboundContent.Unsupported;
import app.parley.messaging.model.MediaKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the type-specific part of one Cloud API message object into channel-neutral content. */
final class CloudContentReader {
    private CloudContentReader() {}

    static InboundContent read(JsonNode message) {
        String type = Json.text(message, "type");
        if (type == null) return new Unsupported("the message has no type");
        return switch (type) {
            case "text" -> text(message.path("text"));
            case "image", "document", "audio", "video", "sticker" -> media(type, message.path(type));
            case "location" -> location(message.path("location"));
            case "contacts" -> contacts(message.path("contacts"));
            case "interactive" -> interactive(message.path("interactive"));
            case "button" -> templateButton(message.path("button"));
            case "reaction" -> reaction(message.path("reaction"));
            case "system" -> system(message.path("system"));
            case "unsupported" -> unsupported(message);
            default -> new Unsupported("WhatsApp message type '" + type + "' is not supported");
        };
    }

    private static InboundContent text(JsonNode text) {
        String body = Json.text(text, "body");
        return body == null ? new Unsupported("a text message arrived without a body") : new InboundContent.Text(body);
    }

    private static InboundContent media(String type, JsonNode media) {
        String id = Json.text(media, "id");
        if (id == null) return new Unsupported("a " + type + " message arrived without a media id");
        return new InboundContent.Media(MediaKind.valueOf(type.toUpperCase(Locale.ROOT)), id,
                Json.text(media, "mime_type"), Json.text(media, "caption"), Json.text(media, "filename"),
                Json.text(media, "sha256"), media.path("voice").asBoolean(false));
    }

    private static InboundContent location(JsonNode location) {
        if (!location.path("latitude").isNumber() || !location.path("longitude").isNumber()) {
            return new Unsupported("a location message arrived without coordinates");
        }
        return new InboundContent.Location(location.path("latitude").asDouble(), location.path("longitude").asDouble(),
                Json.text(location, "name"), Json.text(location, "address"), Json.text(location, "url"));
    }

    private static InboundContent contacts(JsonNode cards) {
        List<SharedContact> contacts = new ArrayList<>();
        for (JsonNode card : Json.elements(cards)) {
            List<SharedPhone> phones = new ArrayList<>();
            for (JsonNode phone : Json.elements(card.path("phones"))) {
                phones.add(new SharedPhone(Json.text(phone, "phone"), Json.text(phone, "wa_id"), Json.text(phone, "type")));
            }
            contacts.add(new SharedContact(Json.text(card.path("name"), "formatted_name"),
                    Json.text(card.path("org"), "company"), phones));
        }
        return contacts.isEmpty() ? new Unsupported("a contacts message arrived without contacts")
                : new InboundContent.Contacts(contacts);
    }

    private static InboundContent interactive(JsonNode interactive) {
        String type = Json.text(interactive, "type");
        if ("button_reply".equals(type)) return reply(ReplyKind.BUTTON, interactive.path("button_reply"), type);
        if ("list_reply".equals(type)) return reply(ReplyKind.LIST_ROW, interactive.path("list_reply"), type);
        return new Unsupported("interactive reply type '" + type + "' is not supported");
    }

    private static InboundContent reply(ReplyKind kind, JsonNode reply, String type) {
        String id = Json.text(reply, "id");
        if (id == null) return new Unsupported("a " + type + " arrived without an id");
        return new InteractiveReply(kind, id, Json.text(reply, "title"), Json.text(reply, "description"));
    }

    private static InboundContent templateButton(JsonNode button) {
        String payload = Json.text(button, "payload");
        String text = Json.text(button, "text");
        if (payload == null && text == null) return new Unsupported("a template button reply arrived empty");
        return new InteractiveReply(ReplyKind.TEMPLATE_BUTTON, payload != null ? payload : text, text, null);
    }

    private static InboundContent reaction(JsonNode reaction) {
        String target = Json.text(reaction, "message_id");
        if (target == null) return new Unsupported("a reaction arrived without the message it reacts to");
        return new InboundContent.Reaction(target, Json.text(reaction, "emoji"));
    }

    private static InboundContent system(JsonNode system) {
        return new InboundContent.SystemNotice(Json.text(system, "type"), Json.text(system, "body"),
                Json.text(system, "wa_id"));
    }

    private static InboundContent unsupported(JsonNode message) {
        String what = Json.text(message.path("unsupported"), "type");
        JsonNode error = message.path("errors").path(0);
        String because = error.isMissingNode() ? ""
                : " (" + error.path("code").asInt() + " " + Json.text(error, "title") + ")";
        return new Unsupported(what == null
                ? "WhatsApp could not deliver this message's content" + because
                : "WhatsApp does not deliver '" + what + "' messages" + because);
    }
}
