package app.parley.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.auth.access.AccessRole;
import app.parley.auth.access.Principal;
import app.parley.auth.tokens.TokenVerification.Invalid;
import app.parley.auth.tokens.TokenVerification.Reason;
import app.parley.auth.tokens.TokenVerification.Valid;
import app.parley.tenancy.model.TenantId;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningKeysTest {
    final TestClock clock = TestClock.at("2025-03-01T10:00:00Z");
    final Principal manager = new Principal.TenantStaff("usr_2", TenantId.newId(), AccessRole.MANAGER);

    @Test
    void after_rotation_new_tokens_use_the_new_kid_and_old_tokens_still_verify() {
        SigningKeys before = SigningKeys.generate();
        String oldToken = tokens(before).issue(manager).value();

        SigningKeys after = before.rotate();
        String newToken = tokens(after).issue(manager).value();

        assertThat(after.currentKeyId()).isNotEqualTo(before.currentKeyId());
        assertThat(after.keyIds()).containsExactly(after.currentKeyId(), before.currentKeyId());
        assertThat(tokens(after).verify(oldToken)).isInstanceOf(Valid.class);
        assertThat(tokens(after).verify(newToken)).isInstanceOf(Valid.class);
        assertThat(tokens(before).verify(newToken)).isEqualTo(new Invalid(Reason.UNKNOWN_KEY));
    }

    @Test
    void once_the_previous_key_is_removed_its_tokens_are_refused() {
        SigningKeys before = SigningKeys.generate();
        String oldToken = tokens(before).issue(manager).value();

        SigningKeys retired = before.rotate().withoutKey(before.currentKeyId());

        assertThat(tokens(retired).verify(oldToken)).isEqualTo(new Invalid(Reason.UNKNOWN_KEY));
        assertThatThrownBy(() -> retired.withoutKey(retired.currentKeyId())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_stored_jwk_set_loads_back_to_keys_that_verify_the_same_tokens() {
        SigningKeys original = SigningKeys.generate().rotate();
        String token = tokens(original).issue(manager).value();

        SigningKeys loaded = SigningKeys.fromJwkSetJson(original.toJwkSetJson());

        assertThat(loaded.currentKeyId()).isEqualTo(original.currentKeyId());
        assertThat(loaded.keyIds()).isEqualTo(original.keyIds());
        assertThat(tokens(loaded).verify(token)).isInstanceOf(Valid.class);
        assertThat(tokens(original).verify(tokens(loaded).issue(manager).value())).isInstanceOf(Valid.class);
    }

    @Test
    void only_the_first_key_keeps_its_private_part() throws Exception {
        SigningKeys a = SigningKeys.generate();
        SigningKeys b = SigningKeys.generate();
        String twoPrivate = "{\"keys\":[" + privateKeyJson(a) + "," + privateKeyJson(b) + "]}";

        SigningKeys loaded = SigningKeys.fromJwkSetJson(twoPrivate);

        assertThat(loaded.currentKeyId()).isEqualTo(a.currentKeyId());
        assertThat(JWKSet.parse(loaded.toJwkSetJson()).getKeys()).extracting(k -> k.isPrivate()).containsExactly(true, false);
    }

    @Test
    void the_public_set_never_holds_a_private_part() {
        SigningKeys keys = SigningKeys.generate().rotate();

        assertThat(keys.publicJwkSetJson()).doesNotContain("\"d\"");
        assertThat(keys.toJwkSetJson()).contains("\"d\"");
    }

    @Test
    void refuses_key_sets_it_cannot_sign_with() throws Exception {
        SigningKeys keys = SigningKeys.generate();
        String ec = new ECKeyGenerator(Curve.P_256).keyID("e1").generate().toJSONString();
        KeyPair small = rsa1024();
        String shortRsa = new RSAKey.Builder((RSAPublicKey) small.getPublic()).privateKey(small.getPrivate())
                .keyID("r1").build().toJSONString();
        String noKid = privateKeyJson(keys).replaceAll("\"kid\":\"[^\"]+\",?", "");

        for (String bad : List.of("", "{}", "{\"keys\":[]}", keys.publicJwkSetJson(), "{\"keys\":[" + ec + "]}", "{\"keys\":[" + shortRsa + "]}",
                "{\"keys\":[" + noKid + "]}", "{\"keys\":[" + privateKeyJson(keys) + "," + privateKeyJson(keys) + "]}")) {
            assertThatThrownBy(() -> SigningKeys.fromJwkSetJson(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void an_es256_key_set_from_before_is_refused_with_a_message_saying_what_to_do() throws Exception {
        String stored = new JWKSet(new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate()).toString(false);

        assertThatThrownBy(() -> SigningKeys.fromJwkSetJson(stored)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RSA").hasMessageContaining("RS256").hasMessageContaining("is EC");
    }

    @Test
    void a_generated_key_is_rsa_2048_for_rs256_named_by_its_thumbprint() throws Exception {
        SigningKeys keys = SigningKeys.generate();
        RSAKey key = JWKSet.parse(keys.toJwkSetJson()).getKeys().getFirst().toRSAKey();

        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(keys.currentKeyId()).isEqualTo(key.computeThumbprint().toString());
    }

    private static KeyPair rsa1024() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        return generator.generateKeyPair();
    }

    private static String privateKeyJson(SigningKeys keys) throws Exception {
        return JWKSet.parse(keys.toJwkSetJson()).getKeys().getFirst().toJSONString();
    }

    private AccessTokens tokens(SigningKeys keys) {
        return new AccessTokens(keys, AccessTokenSettings.of("iss", "aud"), clock);
    }
}
