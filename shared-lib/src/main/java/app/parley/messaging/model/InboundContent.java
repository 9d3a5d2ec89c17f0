package app.parley.messaging.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/** What a customer sent. Channel-neutral: the Cloud API parser and the unofficial gateway both produce it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = InboundContent.Text.class, name = "text"),
    @JsonSubTypes.Type(value = InboundContent.Media.class, name = "media"),
    @JsonSubTypes.Type(value = InboundContent.Location.class, name = "location"),
    @JsonSubTypes.Type(value = InboundContent.Contacts.class, name = "contacts"),
    @JsonSubTypes.Type(value = InboundContent.InteractiveReply.class, name = "interactive_reply"),
    @JsonSubTypes.Type(value = InboundContent.Reaction.class, name = "reaction"),
    @JsonSubTypes.Type(value = InboundContent.SystemNotice.class, name = "system"),
    @JsonSubTypes.Type(value = InboundContent.Unsupported.class, name = "unsupported")
})
public sealed interface InboundContent {

    record Text(String body) implements InboundContent {
        public Text {
            Objects.requireNonNull(body, "body");
        }
    }

    /** Media is referenced by the channel's media id; the bytes are fetched separately. */
    record Media(MediaKind kind, String mediaId, String mimeType, String caption, String filename,
                 String sha256, boolean voice) implements InboundContent {
        public Media {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(mediaId, "mediaId");
        }
    }

    record Location(double latitude, double longitude, String name, String address, String url)
            implements InboundContent {}

    record Contacts(List<SharedContact> contacts) implements InboundContent {
        public Contacts {
            contacts = List.copyOf(contacts);
        }
    }

    record SharedContact(String formattedName, String organization, List<SharedPhone> phones) {
        public SharedContact {
            phones = phones == null ? List.of() : List.copyOf(phones);
        }
    }

    record SharedPhone(String phone, String waId, String type) {}

    /** The customer tapped a reply button, a list row or a template quick-reply button. */
    record InteractiveReply(ReplyKind kind, String id, String title, String description)
            implements InboundContent {
        public InteractiveReply {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }

    enum ReplyKind {
        BUTTON,
        LIST_ROW,
        TEMPLATE_BUTTON
    }

    /** An emoji reaction to an earlier message; an empty emoji means the reaction was removed. */
    record Reaction(String reactedToMessageId, String emoji) implements InboundContent {
        public Reaction {
            Objects.requireNonNull(reactedToMessageId, "reactedToMessageId");
            emoji = emoji == null ? "" : emoji;
        }

        public boolean removed() {
            return emoji.isEmpty();
        }
    }

    /** A notice from WhatsApp itself, e.g. {@code user_changed_number} with the new id. */
    record SystemNotice(String kind, String body, String newWaId) implements InboundContent {}

    /** Something we cannot handle; the reason is a human sentence for the inbox. */
    record Unsupported(String reason) implements InboundContent {
        public Unsupported {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
