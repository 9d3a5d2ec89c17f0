package app.parley.whatsapp.cloud;

import app.parley.messaging.model.MediaSource;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Meta's JSON for {@code POST /{phone-number-id}/messages}: sends and read receipts. */
final class CloudRequestBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudRequestBodies() {}

    static ObjectNode message(OutboundMessage message) {
        ObjectNode body = JSON.createObjectNode()
                .put("messaging_product", "whatsapp")
                .put("recipient_type", "individual")
                .put("to", message.customer().waId())
                .put("biz_opaque_callback_data", CallbackData.of(message.id()));
        message.replyTo().ifPresent(id -> body.putObject("context").put("message_id", id));
        switch (message.content()) {
            case OutboundContent.Text text -> body.put("type", "text").putObject("text")
                    .put("preview_url", text.previewUrl()).put("body", text.body());
            case OutboundContent.Image image -> media(body.put("type", "image").putObject("image"),
                    image.source(), image.caption(), null);
            case OutboundContent.Document doc -> media(body.put("type", "document").putObject("document"),
                    doc.source(), doc.caption(), doc.filename());
            case OutboundContent.Buttons buttons -> buttons(body.put("type", "interactive").putObject("interactive"), buttons);
            case OutboundContent.ListMenu list -> list(body.put("type", "interactive").putObject("interactive"), list);
        }
        return body;
    }

    static ObjectNode markRead(String wamid, boolean withTypingIndicator) {
        ObjectNode body = JSON.createObjectNode()
                .put("messaging_product", "whatsapp")
                .put("status", "read")
                .put("message_id", wamid);
        if (withTypingIndicator) body.putObject("typing_indicator").put("type", "text");
        return body;
    }

    private static void media(ObjectNode media, MediaSource source, String caption, String filename) {
        switch (source) {
            case MediaSource.Link link -> media.put("link", link.url());
            case MediaSource.Uploaded uploaded -> media.put("id", uploaded.mediaId());
            case MediaSource.Stored stored -> throw new IllegalArgumentException("stored media is uploaded before it is sent");
        }
        putIfPresent(media, "caption", caption);
        putIfPresent(media, "filename", filename);
    }

    private static void buttons(ObjectNode interactive, OutboundContent.Buttons buttons) {
        interactive.put("type", "button");
        frame(interactive, buttons.header(), buttons.body(), buttons.footer());
        ArrayNode list = interactive.putObject("action").putArray("buttons");
        for (OutboundContent.ReplyButton button : buttons.buttons()) {
            list.addObject().put("type", "reply").putObject("reply")
                    .put("id", button.id()).put("title", button.title());
        }
    }

    private static void list(ObjectNode interactive, OutboundContent.ListMenu menu) {
        interactive.put("type", "list");
        frame(interactive, menu.header(), menu.body(), menu.footer());
        ObjectNode action = interactive.putObject("action").put("button", menu.buttonLabel());
        ArrayNode sections = action.putArray("sections");
        for (OutboundContent.ListSection section : menu.sections()) {
            ObjectNode node = sections.addObject();
            putIfPresent(node, "title", section.title());
            ArrayNode rows = node.putArray("rows");
            for (OutboundContent.ListRow row : section.rows()) {
                putIfPresent(rows.addObject().put("id", row.id()).put("title", row.title()), "description", row.description());
            }
        }
    }

    private static void frame(ObjectNode interactive, String header, String body, String footer) {
        if (header != null && !header.isBlank()) interactive.putObject("header").put("type", "text").put("text", header);
        interactive.putObject("body").put("text", body);
        if (footer != null && !footer.isBlank()) interactive.putObject("footer").put("text", footer);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) node.put(field, value);
    }
}
