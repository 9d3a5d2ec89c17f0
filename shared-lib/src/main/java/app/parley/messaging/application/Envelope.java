package app.parley.messaging.application;

import app.parley.messaging.model.EnvelopeKind;
import app.parley.messaging.model.Envelopes;
import app.parley.messaging.model.InboundMessage;
import app.parley.messaging.model.OutboundMessage;
import app.parley.messaging.model.StatusReport;
import java.util.Objects;

/** One FIFO queue message about to be sent: its kind, group, deduplication id and JSON body. */
public record Envelope(EnvelopeKind kind, String groupId, String deduplicationId, String body) {
    public Envelope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(deduplicationId, "deduplicationId");
        Objects.requireNonNull(body, "body");
    }

    public static Envelope of(InboundMessage m) {
        return new Envelope(EnvelopeKind.INBOUND_MESSAGE, m.messageGroupId(), m.deduplicationId(), Envelopes.toJson(m));
    }

    public static Envelope of(StatusReport s) {
        return new Envelope(EnvelopeKind.STATUS_REPORT, s.messageGroupId(), s.deduplicationId(), Envelopes.toJson(s));
    }

    public static Envelope of(OutboundMessage m) {
        return new Envelope(EnvelopeKind.OUTBOUND_MESSAGE, m.messageGroupId(), m.deduplicationId(), Envelopes.toJson(m));
    }
}
