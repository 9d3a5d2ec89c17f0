package app.parley.media.model;

import java.util.Locale;
import java.util.Set;

/** The largest size and the MIME types accepted for one kind of media. */
public record KindLimit(long maxBytes, Set<String> mimeTypes) {
    public KindLimit {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        mimeTypes = Set.copyOf(mimeTypes);
    }

    /** {@code audio/ogg; codecs=opus} is {@code audio/ogg}: parameters and case do not matter. */
    public static String essence(String mimeType) {
        int semicolon = mimeType.indexOf(';');
        return (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    public boolean allows(String mimeType) {
        return mimeType != null && mimeTypes.contains(essence(mimeType));
    }

    public KindLimit withMaxBytes(long bytes) {
        return new KindLimit(bytes, mimeTypes);
    }
}
