package app.parley.media.model;

import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.MediaKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What inbound media is kept, per kind: at most WhatsApp's own size limit, and only the MIME types
 * WhatsApp supports for that kind. Every check returns a verdict; nothing here throws.
 */
public record MediaLimits(Map<MediaKind, KindLimit> perKind) {
    private static final long MB = 1024L * 1024L;

    public MediaLimits {
        perKind = Map.copyOf(new EnumMap<>(perKind));
        for (MediaKind kind : MediaKind.values()) {
            if (!perKind.containsKey(kind)) throw new IllegalArgumentException("no limit for " + kind);
        }
    }

    /** WhatsApp Cloud API's supported media: image 5 MB, document 100 MB, audio and video 16 MB, sticker 500 KB. */
    public static MediaLimits whatsAppDefaults() {
        Map<MediaKind, KindLimit> limits = new EnumMap<>(MediaKind.class);
        limits.put(MediaKind.IMAGE, new KindLimit(5 * MB, Set.of("image/jpeg", "image/png")));
        limits.put(MediaKind.STICKER, new KindLimit(500 * 1024, Set.of("image/webp")));
        limits.put(MediaKind.AUDIO, new KindLimit(16 * MB,
                Set.of("audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg")));
        limits.put(MediaKind.VIDEO, new KindLimit(16 * MB, Set.of("video/mp4", "video/3gpp")));
        limits.put(MediaKind.DOCUMENT, new KindLimit(100 * MB, Set.of("text/plain", "application/pdf",
                "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation")));
        return new MediaLimits(limits);
    }

    public MediaLimits withMaxBytes(MediaKind kind, long bytes) {
        Map<MediaKind, KindLimit> changed = new EnumMap<>(perKind);
        changed.put(kind, perKind.get(kind).withMaxBytes(bytes));
        return new MediaLimits(changed);
    }

    public KindLimit of(MediaKind kind) {
        return perKind.get(kind);
    }

    /** The MIME type is checked as soon as it is known: from the webhook, then from the media lookup. */
    public MediaCheck type(MediaKind kind, String mimeType) {
        if (mimeType == null || of(kind).allows(mimeType)) return MediaCheck.passed();
        return MediaCheck.refused(MediaRefusal.MIME_TYPE_NOT_ALLOWED, kind + " " + KindLimit.essence(mimeType));
    }

    /** A negative size means unknown (not announced) and passes; the downloaded bytes are checked again. */
    public MediaCheck size(MediaKind kind, long bytes) {
        long max = of(kind).maxBytes();
        if (bytes <= max) return MediaCheck.passed();
        return MediaCheck.refused(MediaRefusal.TOO_LARGE, kind + " " + bytes + " bytes > " + max);
    }

    /** The downloaded bytes against the digests Meta announced (webhook, lookup); an absent digest is not checked. */
    public MediaCheck content(InboundContent.Media media, String lookedUpSha256, byte[] bytes) {
        MediaCheck size = size(media.kind(), bytes.length);
        if (size instanceof MediaCheck.Refused) return size;
        for (String expected : new String[] {media.sha256(), lookedUpSha256}) {
            if (expected != null && !expected.isBlank() && !MediaDigest.matches(expected, bytes)) {
                return MediaCheck.refused(MediaRefusal.CHECKSUM_MISMATCH, media.kind() + " sha256 differs from " + expected);
            }
        }
        return MediaCheck.passed();
    }
}
