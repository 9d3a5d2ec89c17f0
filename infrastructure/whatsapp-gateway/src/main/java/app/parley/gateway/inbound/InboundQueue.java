package app.parley.gateway.inbound;

import app.parley.messaging.model.InboundMessage;

/** The inbound FIFO queue the Cloud API webhook also feeds. */
public interface InboundQueue {
    void send(InboundMessage message);
}
