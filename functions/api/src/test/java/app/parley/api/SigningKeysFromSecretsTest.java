package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.auth.tokens.SigningKeys;
import app.parley.platform.infrastructure.LocalSecrets;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where the API function finds its token signing keys, and what it does with an ES256 set kept from before RS256. */
class SigningKeysFromSecretsTest {
    private final LocalSecrets secrets = LocalSecrets.at(Optional.empty());
    private final String secretId = "test/" + UUID.randomUUID() + "/jwt-signing-jwks";

    @Test
    void locally_the_first_start_makes_an_rsa_set_and_later_starts_reuse_it() {
        SigningKeys first = ApiWiring.signingKeys(secrets, secretId, true);
        SigningKeys again = ApiWiring.signingKeys(secrets, secretId, true);

        assertThat(again.currentKeyId()).isEqualTo(first.currentKeyId());
        assertThat(secrets.read(secretId).orElseThrow()).contains("\"kty\":\"RSA\"");
    }

    @Test
    void locally_an_es256_set_from_before_is_replaced_by_an_rsa_set() throws Exception {
        secrets.put(secretId, esSet());

        SigningKeys keys = ApiWiring.signingKeys(secrets, secretId, true);

        assertThat(secrets.read(secretId).orElseThrow()).isEqualTo(keys.toJwkSetJson()).contains("\"kty\":\"RSA\"");
    }

    @Test
    void in_aws_an_es256_set_stops_the_function_with_the_reason_and_is_left_as_it_is() throws Exception {
        String stored = esSet();
        secrets.put(secretId, stored);

        assertThatThrownBy(() -> ApiWiring.signingKeys(secrets, secretId, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be RSA keys for RS256");
        assertThat(secrets.read(secretId)).contains(stored);
        assertThatThrownBy(() -> ApiWiring.signingKeys(secrets, "test/" + UUID.randomUUID(), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is empty");
    }

    private static String esSet() throws Exception {
        return new JWKSet(new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate()).toString(false);
    }
}
