package app.parley.conversation.application;

import app.parley.conversation.model.Conversation;
import app.parley.messaging.model.InboundMessage;
import java.util.Optional;

/** What customers switch themselves (consent keywords) or trip (flooding), as the reply gate reads it. */
public interface CustomerSwitches {
    /** After an inbound message is stored: reads consent keywords and counts the inbound rate. */
    void noted(InboundMessage message, Conversation conversation);

    /** Why no automatic message may go to this conversation's customer now, if any. */
    Optional<SkipReason> closedFor(Conversation conversation);
}
