package app.parley.gateway.inbound;

import app.parley.gateway.client.ReceivedMessage;
import app.parley.gateway.client.SessionRef;
import app.parley.gateway.vault.BlobStore;
import app.parley.messaging.model.Channel;
import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.InboundMessage;
import app.parley.persistence.Keys;

/**
 * A customer's message becomes the shared inbound envelope. Media bytes, which WhatsApp Web
 * hands over already downloaded, are stored first; the envelope's media id is their blob key.
 */
public final class ForwardingInbound {
    private final InboundQueue queue;
    private final BlobStore media;

    public ForwardingInbound(InboundQueue queue, BlobStore media) {
        this.queue = queue;
        this.media = media;
    }

    public InboundMessage forward(SessionRef session, String businessNumber, ReceivedMessage received) {
        InboundMessage message = new InboundMessage(session.tenant(), Channel.UNOFFICIAL, businessNumber,
                received.customer(), received.messageId(), received.timestamp(), stored(session, received),
                received.repliedToMessageId());
        queue.send(message);
        return message;
    }

    private InboundContent stored(SessionRef session, ReceivedMessage received) {
        if (!(received.content() instanceof InboundContent.Media m)) return received.content();
        if (received.media() == null) return new InboundContent.Unsupported("the customer's " + m.kind().name().toLowerCase() + " could not be downloaded");
        String key = Keys.inboundMediaBlob(session.tenant(), received.messageId());
        media.put(key, received.media());
        return new InboundContent.Media(m.kind(), key, m.mimeType(), m.caption(), m.filename(), m.sha256(), m.voice());
    }
}
