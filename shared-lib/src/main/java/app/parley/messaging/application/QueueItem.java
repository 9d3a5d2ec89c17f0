package app.parley.messaging.application;

import app.parley.messaging.model.EnvelopeKind;
import java.util.Optional;

/** One received queue message, free of Lambda types: the handler maps its event records to these. */
public record QueueItem(String id, String receiptHandle, String groupId, int receiveCount,
                        Optional<EnvelopeKind> kind, String body) {}
