package app.parley.messaging.application;

import java.util.List;

/** A queue of envelopes: inbound and outbound (FIFO), or Meta's statuses (standard). */
public interface EnvelopeQueue {
    /** True only when the queue accepted every envelope; on false some may have been accepted (FIFO ids deduplicate, status settling is idempotent). */
    boolean sendAll(List<Envelope> envelopes);
}
