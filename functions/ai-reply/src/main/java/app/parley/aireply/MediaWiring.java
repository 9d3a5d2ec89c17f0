package app.parley.aireply;

import app.parley.conversation.application.InboundMedia;
import app.parley.conversation.application.WhatsAppTokens;
import app.parley.whatsapp.cloud.GraphApiClient;

/** Where inbound media goes: not kept yet. */
final class MediaWiring {
    private MediaWiring() {}

    static InboundMedia inboundMedia(GraphApiClient graph, WhatsAppTokens tokens) {
        return InboundMedia.NONE;
    }
}
