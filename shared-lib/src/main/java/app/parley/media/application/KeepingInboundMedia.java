package app.parley.media.application;

import static app.parley.media.model.MediaRefusal.CHANNEL_REFUSED;
import static app.parley.media.model.MediaRefusal.NO_ACCESS_TOKEN;

import app.parley.conversation.application.InboundMedia;
import app.parley.conversation.application.WhatsAppTokens;
import app.parley.media.model.MediaCheck;
import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaLimits;
import app.parley.media.model.MediaReference;
import app.parley.media.model.MediaRefusal;
import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.InboundMessage;
import app.parley.whatsapp.cloud.DownloadResult;
import app.parley.whatsapp.cloud.GraphFailure;
import app.parley.whatsapp.cloud.GraphApiClient;
import app.parley.whatsapp.cloud.MediaResult;
import app.parley.whatsapp.cloud.PermanentFailure;
import app.parley.whatsapp.cloud.RetryableFailure;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what a customer sent as media: looks up Meta's download URL, downloads it with the tenant's
 * token, checks type, size and SHA-256, and stores it encrypted for the tenant. Media that breaks a
 * limit is refused (logged, empty), never thrown: the message and its caption go on without it.
 * A temporary Graph failure throws {@link MediaTemporarilyUnavailable}, so the queue delivers the
 * message again (nothing of it is stored yet); a message whose media is already kept is not fetched again.
 */
public final class KeepingInboundMedia implements InboundMedia {
    private static final Logger LOG = LoggerFactory.getLogger(KeepingInboundMedia.class);

    private final GraphApiClient graph;
    private final WhatsAppTokens tokens;
    private final MediaStore store;
    private final MediaLimits limits;

    public KeepingInboundMedia(GraphApiClient graph, WhatsAppTokens tokens, MediaStore store, MediaLimits limits) {
        this.graph = graph;
        this.tokens = tokens;
        this.store = store;
        this.limits = limits;
    }

    @Override
    public Optional<String> keep(InboundMessage message) {
        if (!(message.content() instanceof InboundContent.Media media)) return Optional.empty();
        MediaReference reference = MediaReference.forMessage(message.tenantId(), message.externalMessageId());
        if (store.contains(reference)) return Optional.of(reference.value());
        return switch (fetch(message, media)) {
            case Fetched.Kept kept -> {
                store.put(reference, kept.content());
                LOG.info("media-kept tenant={} kind={} bytes={}", message.tenantId().value(), media.kind(), kept.content().bytes().length);
                yield Optional.of(reference.value());
            }
            case Fetched.Refused refused -> {
                LOG.warn("media-refused tenant={} message={} kind={} reason={} detail={}", message.tenantId().value(),
                        message.externalMessageId(), media.kind(), refused.check().reason().code(), refused.check().detail());
                yield Optional.empty();
            }
        };
    }

    private sealed interface Fetched {
        record Kept(MediaContent content) implements Fetched {}

        record Refused(MediaCheck.Refused check) implements Fetched {}
    }

    private Fetched fetch(InboundMessage message, InboundContent.Media media) {
        if (limits.type(media.kind(), media.mimeType()) instanceof MediaCheck.Refused r) return new Fetched.Refused(r);
        Optional<String> token = token(message);
        if (token.isEmpty()) return refused(NO_ACCESS_TOKEN, "no WhatsApp token for the tenant");
        return switch (graph.mediaUrl(media.mediaId(), token.get())) {
            case MediaResult.Located located -> download(media, located, token.get());
            case GraphFailure failure -> failed(failure, "lookup");
        };
    }

    private Fetched download(InboundContent.Media media, MediaResult.Located located, String token) {
        if (limits.type(media.kind(), located.mimeType()) instanceof MediaCheck.Refused r) return new Fetched.Refused(r);
        if (limits.size(media.kind(), located.fileSize()) instanceof MediaCheck.Refused r) return new Fetched.Refused(r);
        return switch (graph.download(located.url(), token)) {
            case DownloadResult.Downloaded downloaded -> checked(media, located, downloaded.bytes());
            case GraphFailure failure -> failed(failure, "download");
        };
    }

    private Fetched checked(InboundContent.Media media, MediaResult.Located located, byte[] bytes) {
        if (limits.content(media, located.sha256(), bytes) instanceof MediaCheck.Refused r) return new Fetched.Refused(r);
        String mimeType = media.mimeType() != null ? media.mimeType() : located.mimeType();
        return new Fetched.Kept(new MediaContent(bytes, mimeType == null ? "application/octet-stream" : mimeType));
    }

    private static Fetched failed(GraphFailure failure, String step) {
        return switch (failure) {
            case RetryableFailure retry -> throw new MediaTemporarilyUnavailable(
                    "media " + step + " failed for now (code " + retry.code() + "): " + retry.message());
            case PermanentFailure permanent -> refused(CHANNEL_REFUSED, step + " code " + permanent.code() + ": " + permanent.message());
        };
    }

    private Optional<String> token(InboundMessage message) {
        try {
            return Optional.ofNullable(tokens.tokenFor(message.tenantId()));
        } catch (IllegalStateException noToken) {
            return Optional.empty();
        }
    }

    private static Fetched refused(MediaRefusal reason, String detail) {
        return new Fetched.Refused(new MediaCheck.Refused(reason, detail));
    }
}
