package app.parley.gateway.client;

import java.util.Objects;

/**
 * Media bytes ready to upload. Documents carry their page count, since the gateway does not ship
 * the document renderer Cobalt would otherwise call.
 */
public record OutgoingMedia(byte[] bytes, String mimeType, String filename, String caption, int pageCount) {
    public OutgoingMedia {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mimeType, "mimeType");
        if (pageCount < 1) pageCount = 1;
    }
}
