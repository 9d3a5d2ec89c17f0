package app.parley.conversation.application;

import app.parley.messaging.model.InboundMessage;
import java.util.Optional;

/** Keeps an inbound message's media (downloaded, checked, stored encrypted); the stored reference, if kept. */
public interface InboundMedia {
    Optional<String> keep(InboundMessage message);

    InboundMedia NONE = message -> Optional.empty();
}
