package app.parley.messaging.application;

import app.parley.messaging.model.OutboundMessage;

/** Port: hands a message to the sender through the outbound FIFO queue (group per customer, dedup per message id). */
public interface OutboundQueue {
    void enqueue(OutboundMessage message);
}
