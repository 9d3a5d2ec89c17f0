package app.parley.messaging.application;

import java.util.List;

/** A FIFO queue of envelopes (inbound or outbound). */
public interface EnvelopeQueue {
    /** True only when the queue accepted every envelope; on false some may have been accepted (ids deduplicate). */
    boolean sendAll(List<Envelope> envelopes);
}
