package app.parley.media.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.MediaKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MediaLimitsTest {
    private final MediaLimits limits = MediaLimits.whatsAppDefaults();
    private static final byte[] BYTES = "a photo of a broken tooth".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @CsvSource({"IMAGE,image/jpeg", "IMAGE,IMAGE/PNG", "AUDIO,audio/ogg; codecs=opus", "VIDEO,video/mp4",
            "STICKER,image/webp", "DOCUMENT,application/pdf"})
    void accepts_the_types_whatsapp_supports_for_each_kind(MediaKind kind, String mimeType) {
        assertThat(limits.type(kind, mimeType)).isInstanceOf(MediaCheck.Passed.class);
    }

    @ParameterizedTest
    @CsvSource({"IMAGE,image/svg+xml", "IMAGE,text/html", "DOCUMENT,application/x-msdownload", "STICKER,image/png",
            "AUDIO,video/mp4", "DOCUMENT,application/javascript"})
    void refuses_any_other_type(MediaKind kind, String mimeType) {
        assertThat(limits.type(kind, mimeType)).isEqualTo(
                MediaCheck.refused(MediaRefusal.MIME_TYPE_NOT_ALLOWED, kind + " " + KindLimit.essence(mimeType)));
    }

    @ParameterizedTest
    @CsvSource({"IMAGE,5242880", "STICKER,512000", "AUDIO,16777216", "VIDEO,16777216", "DOCUMENT,104857600"})
    void sizes_up_to_whatsapps_own_limit_pass_and_one_byte_more_is_refused(MediaKind kind, long max) {
        assertThat(limits.size(kind, max)).isInstanceOf(MediaCheck.Passed.class);
        assertThat(limits.size(kind, max + 1)).isInstanceOf(MediaCheck.Refused.class)
                .extracting(r -> ((MediaCheck.Refused) r).reason()).isEqualTo(MediaRefusal.TOO_LARGE);
    }

    @Test
    void a_limit_is_a_setting() {
        assertThat(limits.withMaxBytes(MediaKind.IMAGE, 10).size(MediaKind.IMAGE, 11)).isInstanceOf(MediaCheck.Refused.class);
        assertThat(limits.withMaxBytes(MediaKind.IMAGE, 10).size(MediaKind.VIDEO, 11)).isInstanceOf(MediaCheck.Passed.class);
    }

    @Test
    void the_webhooks_base64_digest_and_the_lookups_hex_digest_both_have_to_match_the_bytes() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(BYTES);
        var media = image(Base64.getEncoder().encodeToString(digest));
        assertThat(limits.content(media, HexFormat.of().formatHex(digest), BYTES)).isInstanceOf(MediaCheck.Passed.class);
        assertThat(limits.content(image(null), null, BYTES)).isInstanceOf(MediaCheck.Passed.class);
    }

    @Test
    void bytes_that_differ_from_the_announced_digest_are_refused() {
        String other = "SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=";
        assertThat(limits.content(image(other), null, BYTES)).isInstanceOf(MediaCheck.Refused.class)
                .extracting(r -> ((MediaCheck.Refused) r).reason()).isEqualTo(MediaRefusal.CHECKSUM_MISMATCH);
        assertThat(limits.content(image(null), "0".repeat(64), BYTES)).isInstanceOf(MediaCheck.Refused.class);
        assertThat(limits.content(image("not a digest"), null, BYTES)).isInstanceOf(MediaCheck.Refused.class);
    }

    private static InboundContent.Media image(String sha256) {
        return new InboundContent.Media(MediaKind.IMAGE, "1003383421387256", "image/jpeg", null, null, sha256, false);
    }
}
