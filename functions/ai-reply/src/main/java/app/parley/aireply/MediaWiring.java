package app.parley.aireply;

import app.parley.conversation.application.InboundMedia;
import app.parley.conversation.application.WhatsAppTokens;
import app.parley.media.application.KeepingInboundMedia;
import app.parley.media.infrastructure.MediaSettings;
import app.parley.media.infrastructure.MediaStores;
import app.parley.whatsapp.cloud.GraphApiClient;

/** Where inbound media goes: downloaded, checked and kept encrypted per tenant (S3 in AWS, a folder locally). */
final class MediaWiring {
    private MediaWiring() {}

    static InboundMedia inboundMedia(GraphApiClient graph, WhatsAppTokens tokens) {
        return new KeepingInboundMedia(graph, tokens, MediaStores.fromEnvironment(), MediaSettings.fromEnvironment());
    }
}
