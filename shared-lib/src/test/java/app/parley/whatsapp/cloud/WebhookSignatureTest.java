package app.parley.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignatureTest {
    private static final String SECRET = "an-app-secret";
    private final byte[] body = WhatsAppFixtures.bytes("webhook_inbound_text.json");

    @Test
    void a_body_signed_with_the_app_secret_passes() {
        assertThat(WebhookSignature.verify(body, WebhookSignature.sign(body, SECRET), SECRET)).isTrue();
    }

    @Test
    void the_signature_matches_an_independent_hmac_sha256() {
        byte[] fixed = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);
        // openssl dgst -sha256 -hmac an-app-secret
        assertThat(WebhookSignature.sign(fixed, SECRET))
                .isEqualTo("sha256=9917dffbef53a86e605ef437491170e1d9b2c6079e00b78e3ae1ed04a3af8305");
    }

    @Test
    void a_tampered_body_fails_the_signature_check() {
        String header = WebhookSignature.sign(body, SECRET);
        byte[] tampered = Arrays.copyOf(body, body.length);
        tampered[tampered.length / 2] ^= 1;
        assertThat(WebhookSignature.verify(tampered, header, SECRET)).isFalse();
    }

    @Test
    void another_secret_fails_the_signature_check() {
        assertThat(WebhookSignature.verify(body, WebhookSignature.sign(body, "someone-else"), SECRET)).isFalse();
    }

    @Test
    void an_uppercase_hex_signature_is_accepted() {
        String header = "sha256=" + WebhookSignature.sign(body, SECRET).substring(7).toUpperCase();
        assertThat(WebhookSignature.verify(body, header, SECRET)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"sha256=", "sha1=abc", "sha256=zz", "sha256=abcdef", "garbage",
            "sha256=0000000000000000000000000000000000000000000000000000000000000000"})
    void a_missing_or_malformed_header_fails(String header) {
        assertThat(WebhookSignature.verify(body, header, SECRET)).isFalse();
    }

    @Test
    void a_missing_secret_fails_rather_than_accepting_everything() {
        assertThat(WebhookSignature.verify(body, WebhookSignature.sign(body, SECRET), "")).isFalse();
    }
}
