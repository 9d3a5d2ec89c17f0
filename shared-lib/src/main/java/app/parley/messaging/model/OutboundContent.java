package app.parley.messaging.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * What the business sends. The limits are WhatsApp's (text 4096 characters, up to 3 reply buttons
 * of 20 characters, up to 10 list rows), so an envelope that exists can be sent.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OutboundContent.Text.class, name = "text"),
    @JsonSubTypes.Type(value = OutboundContent.Image.class, name = "image"),
    @JsonSubTypes.Type(value = OutboundContent.Document.class, name = "document"),
    @JsonSubTypes.Type(value = OutboundContent.Buttons.class, name = "buttons"),
    @JsonSubTypes.Type(value = OutboundContent.ListMenu.class, name = "list")
})
public sealed interface OutboundContent {

    record Text(String body, boolean previewUrl) implements OutboundContent {
        public Text {
            Limits.text("text body", body, 4096);
        }

        public Text(String body) {
            this(body, false);
        }
    }

    record Image(MediaSource source, String caption) implements OutboundContent {
        public Image {
            Objects.requireNonNull(source, "source");
        }
    }

    record Document(MediaSource source, String caption, String filename) implements OutboundContent {
        public Document {
            Objects.requireNonNull(source, "source");
        }
    }

    /** Body text with up to three reply buttons; header and footer are optional plain text. */
    record Buttons(String header, String body, String footer, List<ReplyButton> buttons) implements OutboundContent {
        public Buttons {
            Limits.text("interactive body", body, 1024);
            buttons = List.copyOf(buttons);
            if (buttons.isEmpty() || buttons.size() > 3) {
                throw new IllegalArgumentException("reply buttons need 1 to 3 buttons, not " + buttons.size());
            }
        }
    }

    record ReplyButton(String id, String title) {
        public ReplyButton {
            Limits.text("button id", id, 256);
            Limits.text("button title", title, 20);
        }
    }

    /** Body text and a button that opens a list of sections with up to ten rows in all. */
    record ListMenu(String header, String body, String footer, String buttonLabel, List<ListSection> sections)
            implements OutboundContent {
        public ListMenu {
            Limits.text("interactive body", body, 4096);
            Limits.text("list button label", buttonLabel, 20);
            sections = List.copyOf(sections);
            int rows = sections.stream().mapToInt(s -> s.rows().size()).sum();
            if (sections.isEmpty() || rows == 0 || rows > 10) {
                throw new IllegalArgumentException("a list needs 1 to 10 rows, not " + rows);
            }
        }
    }

    record ListSection(String title, List<ListRow> rows) {
        public ListSection {
            rows = List.copyOf(rows);
        }
    }

    record ListRow(String id, String title, String description) {
        public ListRow {
            Limits.text("row id", id, 200);
            Limits.text("row title", title, 24);
            if (description != null && description.length() > 72) {
                throw new IllegalArgumentException("a row description has at most 72 characters");
            }
        }
    }
}

final class Limits {
    private Limits() {}

    static void text(String what, String value, int max) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " is empty");
        if (value.length() > max) throw new IllegalArgumentException(what + " has more than " + max + " characters");
    }
}
