package app.parley.media.infrastructure;

import app.parley.config.Env;
import app.parley.media.model.MediaLimits;
import app.parley.messaging.model.MediaKind;
import java.util.Locale;

/** The media limits of this environment: WhatsApp's defaults, each size settable as {@code MEDIA_MAX_BYTES_<KIND>}. */
public final class MediaSettings {
    private MediaSettings() {}

    public static MediaLimits fromEnvironment() {
        MediaLimits limits = MediaLimits.whatsAppDefaults();
        for (MediaKind kind : MediaKind.values()) {
            String name = "MEDIA_MAX_BYTES_" + kind.name().toUpperCase(Locale.ROOT);
            var value = Env.find(name);
            if (value.isPresent()) limits = limits.withMaxBytes(kind, Long.parseLong(value.get().trim()));
        }
        return limits;
    }
}
