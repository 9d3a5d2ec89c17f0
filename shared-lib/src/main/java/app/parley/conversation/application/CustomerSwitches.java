package app.parley.conversation.application;

import app.parley.conversation.model.Conversation;
import app.parley.messaging.model.InboundMessage;

/** What customers switch themselves (consent keywords) or trip (flooding), noted on every inbound message (the gate reads the switches through {@link GateReads}). */
public interface CustomerSwitches {
    /** After an inbound message is stored: reads consent keywords and counts the inbound rate. */
    void noted(InboundMessage message, Conversation conversation);
}
