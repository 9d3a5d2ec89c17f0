package app.parley.conversation.application;

import app.parley.media.application.MediaOpening;
import app.parley.media.application.MediaStore;
import app.parley.messaging.model.MediaSource;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import app.parley.whatsapp.cloud.GraphApiClient;
import app.parley.whatsapp.cloud.GraphFailure;
import app.parley.whatsapp.cloud.PermanentFailure;
import app.parley.whatsapp.cloud.UploadResult;

/**
 * Media the platform keeps (a quotation PDF) goes out as the Cloud API wants it: opened from the tenant's sealed
 * media store and uploaded to the number right before the send, which then names the uploaded media id.
 * Messages without stored media pass through unchanged.
 */
public final class StoredMediaUploads {
    public sealed interface Resolution {
        record Ready(OutboundMessage message) implements Resolution {}
        record Failed(GraphFailure failure) implements Resolution {}
    }

    private final MediaStore store;
    private final GraphApiClient graph;

    public StoredMediaUploads(MediaStore store, GraphApiClient graph) {
        this.store = store;
        this.graph = graph;
    }

    public Resolution resolve(OutboundMessage message, String number, String token) {
        if (!(message.content() instanceof OutboundContent.Document doc) || !(doc.source() instanceof MediaSource.Stored stored)) {
            return new Resolution.Ready(message);
        }
        if (!(store.open(stored.reference(), message.tenantId()) instanceof MediaOpening.Opened opened)) {
            return new Resolution.Failed(new PermanentFailure(0, "the stored document is missing or not this tenant's", false));
        }
        String filename = doc.filename() != null ? doc.filename() : "document.pdf";
        return switch (graph.upload(number, token, opened.content().bytes(), stored.mimeType(), filename)) {
            case UploadResult.Uploaded uploaded -> new Resolution.Ready(new OutboundMessage(message.id(), message.tenantId(),
                    message.conversationId(), message.customer(), message.replyToMessageId(), message.origin(),
                    new OutboundContent.Document(new MediaSource.Uploaded(uploaded.mediaId()), doc.caption(), filename)));
            case GraphFailure failure -> new Resolution.Failed(failure);
        };
    }
}
