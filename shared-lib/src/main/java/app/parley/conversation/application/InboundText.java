package app.parley.conversation.application;

import app.parley.conversation.model.MessageType;
import app.parley.messaging.model.InboundContent;
import java.util.Optional;

/** What of a customer's message can be read as words, and how it is filed in the history. */
final class InboundText {
    private InboundText() {}

    static Optional<String> of(InboundContent content) {
        String text = switch (content) {
            case InboundContent.Text t -> t.body();
            case InboundContent.Media m -> m.caption();
            case InboundContent.InteractiveReply r -> r.title();
            default -> null;
        };
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    static MessageType type(InboundContent content) {
        return switch (content) {
            case InboundContent.Text t -> MessageType.TEXT;
            case InboundContent.Media m -> switch (m.kind()) {
                case IMAGE, STICKER -> MessageType.IMAGE;
                case DOCUMENT -> MessageType.DOCUMENT;
                case AUDIO -> MessageType.AUDIO;
                case VIDEO -> MessageType.VIDEO;
            };
            case InboundContent.InteractiveReply r -> MessageType.INTERACTIVE;
            case InboundContent.Location l -> MessageType.LOCATION;
            default -> MessageType.OTHER;
        };
    }
}
