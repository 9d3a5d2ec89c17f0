package app.parley.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.auth.access.Principal;
import app.parley.auth.tokens.TokenVerification.Invalid;
import app.parley.auth.tokens.TokenVerification.Reason;
import app.parley.auth.tokens.TokenVerification.Valid;
import app.parley.tenancy.model.TenantId;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokensTest {
    static final String ISSUER = "https://api.parley.test";
    static final String AUDIENCE = "parley-admin-api";
    static final TenantId TENANT = TenantId.newId();
    static final Principal AGENT = new Principal.TenantStaff("usr_1", TENANT, AccessRole.AGENT);

    final TestClock clock = TestClock.at("2025-03-01T10:00:00Z");
    final SigningKeys keys = SigningKeys.generate();
    final AccessTokens tokens = new AccessTokens(keys, AccessTokenSettings.of(ISSUER, AUDIENCE), clock);

    @Test
    void an_issued_token_verifies_to_the_same_staff_member_with_tenant_and_role() throws Exception {
        IssuedAccessToken issued = tokens.issue(AGENT);

        assertThat(tokens.verify(issued.value())).isEqualTo(new Valid(AGENT, issued.tokenId(), issued.expiresAt()));
        SignedJWT jwt = SignedJWT.parse(issued.value());
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(keys.currentKeyId());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getJWTClaimsSet().getStringClaim("tid")).isEqualTo(TENANT.value());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("role")).isEqualTo("AGENT");
        assertThat(issued.expiresInSeconds()).isEqualTo(900);
    }

    @Test
    void a_super_admin_token_carries_no_tenant() throws Exception {
        Principal admin = new Principal.PlatformAdmin("usr_root");
        IssuedAccessToken issued = tokens.issue(admin);

        assertThat(SignedJWT.parse(issued.value()).getJWTClaimsSet().getClaim("tid")).isNull();
        assertThat(tokens.verify(issued.value())).isInstanceOfSatisfying(Valid.class, v -> assertThat(v.principal()).isEqualTo(admin));
    }

    @Test
    void each_token_has_its_own_id() {
        assertThat(tokens.issue(AGENT).tokenId()).isNotEqualTo(tokens.issue(AGENT).tokenId());
    }

    @Test
    void refuses_an_unsigned_token_with_alg_none() {
        SignedJWT real = parse(tokens.issue(AGENT).value());
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + keys.currentKeyId() + "\"}").toString();
        String forged = header + "." + real.getPayload().toBase64URL() + ".";
        String viaLibrary = new PlainJWT(new PlainHeader.Builder().type(AccessTokens.TYPE).build(), claims().build()).serialize();

        assertInvalid(forged, Reason.UNSUPPORTED_ALGORITHM);
        assertInvalid(viaLibrary, Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void refuses_alg_none_even_with_the_real_signature_attached() {
        String[] parts = tokens.issue(AGENT).value().split("\\.");
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + keys.currentKeyId() + "\"}").toString();

        assertInvalid(header + "." + parts[1] + "." + parts[2], Reason.MALFORMED);
    }

    @Test
    void refuses_hs256_signed_with_our_public_key_as_the_secret() throws Exception {
        byte[] publicDer = JWKSet.parse(keys.publicJwkSetJson()).getKeys().getFirst().toRSAKey().toRSAPublicKey().getEncoded();
        byte[] publicJwk = keys.publicJwkSetJson().getBytes(StandardCharsets.UTF_8);

        for (byte[] secret : new byte[][] {publicDer, publicJwk}) {
            String forged = sign(new MACSigner(secret), JWSAlgorithm.HS256, keys.currentKeyId(), AccessTokens.TYPE, claims());
            assertInvalid(forged, Reason.UNSUPPORTED_ALGORITHM);
        }
    }

    @Test
    void refuses_es256_even_under_our_kid() throws Exception {
        var ec = new ECKeyGenerator(Curve.P_256).keyID(keys.currentKeyId()).generate();
        String forged = sign(new ECDSASigner(ec), JWSAlgorithm.ES256, keys.currentKeyId(), AccessTokens.TYPE, claims());

        assertInvalid(forged, Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void refuses_other_rsa_algorithms_even_signed_with_our_key() {
        for (JWSAlgorithm other : new JWSAlgorithm[] {JWSAlgorithm.RS512, JWSAlgorithm.PS256}) {
            assertInvalid(sign(keys.signer(), other, keys.currentKeyId(), AccessTokens.TYPE, claims()), Reason.UNSUPPORTED_ALGORITHM);
        }
    }

    @Test
    void refuses_a_kid_we_do_not_hold() {
        SigningKeys stranger = SigningKeys.generate();
        String forged = sign(stranger.signer(), JWSAlgorithm.RS256, stranger.currentKeyId(), AccessTokens.TYPE, claims());

        assertInvalid(forged, Reason.UNKNOWN_KEY);
        assertInvalid(sign(keys.signer(), JWSAlgorithm.RS256, null, AccessTokens.TYPE, claims()), Reason.UNKNOWN_KEY);
    }

    @Test
    void refuses_a_token_signed_by_another_key_under_our_kid() {
        SigningKeys stranger = SigningKeys.generate();
        String forged = sign(stranger.signer(), JWSAlgorithm.RS256, keys.currentKeyId(), AccessTokens.TYPE, claims());

        assertInvalid(forged, Reason.BAD_SIGNATURE);
    }

    @Test
    void refuses_a_token_signed_by_our_previous_key_but_naming_the_current_kid() {
        SigningKeys rotated = keys.rotate();
        String signedByPrevious = sign(keys.signer(), JWSAlgorithm.RS256, rotated.currentKeyId(), AccessTokens.TYPE, claims());

        assertThat(new AccessTokens(rotated, AccessTokenSettings.of(ISSUER, AUDIENCE), clock).verify(signedByPrevious))
                .isEqualTo(new Invalid(Reason.BAD_SIGNATURE));
    }

    @Test
    void refuses_an_edited_payload_under_the_old_signature() {
        String[] parts = tokens.issue(AGENT).value().split("\\.");
        String promoted = claims().claim("role", "TENANT_ADMIN").build().toString();
        String otherTenant = claims().claim("tid", TenantId.newId().value()).build().toString();

        for (String payload : new String[] {promoted, otherTenant}) {
            assertInvalid(parts[0] + "." + Base64URL.encode(payload) + "." + parts[2], Reason.BAD_SIGNATURE);
        }
    }

    @Test
    void refuses_a_flipped_bit_in_the_signature() {
        String token = tokens.issue(AGENT).value();
        String[] parts = token.split("\\.");
        byte[] signature = new Base64URL(parts[2]).decode();
        signature[10] ^= 1;

        assertInvalid(parts[0] + "." + parts[1] + "." + Base64URL.encode(signature), Reason.BAD_SIGNATURE);
        assertInvalid(parts[0] + "." + parts[1] + ".", Reason.MALFORMED); // signature stripped
    }

    @Test
    void refuses_another_issuer_and_another_audience() {
        var otherIssuer = new AccessTokens(keys, AccessTokenSettings.of("https://evil.test", AUDIENCE), clock);
        var otherAudience = new AccessTokens(keys, AccessTokenSettings.of(ISSUER, "parley-webhooks"), clock);

        assertInvalid(otherIssuer.issue(AGENT).value(), Reason.WRONG_ISSUER);
        assertInvalid(otherAudience.issue(AGENT).value(), Reason.WRONG_AUDIENCE);
    }

    @Test
    void refuses_a_jwt_of_another_type() {
        assertInvalid(sign(keys.signer(), JWSAlgorithm.RS256, keys.currentKeyId(), JOSEObjectType.JWT, claims()), Reason.WRONG_TYPE);
        assertInvalid(sign(keys.signer(), JWSAlgorithm.RS256, keys.currentKeyId(), null, claims()), Reason.WRONG_TYPE);
    }

    @Test
    void accepts_a_token_until_expiry_plus_skew_and_refuses_it_after() {
        String token = tokens.issue(AGENT).value();

        clock.advance(Duration.ofMinutes(15).plusSeconds(29));
        assertThat(tokens.verify(token)).isInstanceOf(Valid.class);
        clock.advance(Duration.ofSeconds(2));
        assertInvalid(token, Reason.EXPIRED);
    }

    @Test
    void refuses_a_token_issued_in_the_future_beyond_the_skew() {
        var ahead = new AccessTokens(keys, AccessTokenSettings.of(ISSUER, AUDIENCE), new TestClock(clock.instant().plusSeconds(300)));
        String fromTheFuture = ahead.issue(AGENT).value();
        Date now = Date.from(clock.instant());
        String notBeforeLater = sign(keys.signer(), JWSAlgorithm.RS256, keys.currentKeyId(), AccessTokens.TYPE,
                claims().issueTime(now).notBeforeTime(Date.from(clock.instant().plusSeconds(120))));

        assertInvalid(fromTheFuture, Reason.NOT_YET_VALID);
        assertInvalid(notBeforeLater, Reason.NOT_YET_VALID);
    }

    @Test
    void refuses_signed_claims_that_do_not_describe_a_principal() {
        assertInvalid(signed(claims().claim("tid", null)), Reason.BAD_CLAIMS);                       // staff without tenant
        assertInvalid(signed(claims().claim("role", "SUPER_ADMIN")), Reason.BAD_CLAIMS);             // super admin inside a tenant
        assertInvalid(signed(claims().claim("role", "OWNER")), Reason.BAD_CLAIMS);
        assertInvalid(signed(claims().claim("tid", "t_not-a-tenant")), Reason.BAD_CLAIMS);
        assertInvalid(signed(claims().subject(null)), Reason.BAD_CLAIMS);
        assertInvalid(signed(claims().jwtID(null)), Reason.BAD_CLAIMS);
        assertInvalid(signed(claims().expirationTime(null)), Reason.BAD_CLAIMS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30", "Bearer x.y.z", "....."})
    void refuses_what_is_not_a_compact_jws(String token) {
        assertThat(tokens.verify(token)).isInstanceOfSatisfying(Invalid.class,
                i -> assertThat(i.reason()).isIn(Reason.MALFORMED, Reason.UNSUPPORTED_ALGORITHM));
    }

    @Test
    void refuses_a_token_longer_than_any_we_issue() {
        assertInvalid("a".repeat(5000), Reason.MALFORMED);
    }

    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER).audience(AUDIENCE).subject("usr_1")
                .claim("tid", TENANT.value()).claim("role", "AGENT")
                .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plusSeconds(900)))
                .jwtID("jti-1");
    }

    private String signed(JWTClaimsSet.Builder claims) {
        return sign(keys.signer(), JWSAlgorithm.RS256, keys.currentKeyId(), AccessTokens.TYPE, claims);
    }

    private static String sign(JWSSigner signer, JWSAlgorithm alg, String kid, JOSEObjectType type, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).type(type).build(), claims.build());
            jwt.sign(signer);
            return jwt.serialize();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void assertInvalid(String token, Reason reason) {
        assertThat(tokens.verify(token)).isEqualTo(new Invalid(reason));
    }
}
