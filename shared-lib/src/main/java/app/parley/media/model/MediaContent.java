package app.parley.media.model;

import java.util.Objects;

/** Media bytes in plain, with their MIME type. */
public record MediaContent(byte[] bytes, String mimeType) {
    public MediaContent {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mimeType, "mimeType");
    }
}
