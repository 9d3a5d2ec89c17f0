package app.parley.auth.tokens;

import app.parley.auth.access.Principal;
import app.parley.auth.access.Principal.TenantStaff;
import app.parley.auth.tokens.TokenVerification.Invalid;
import app.parley.auth.tokens.TokenVerification.Reason;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;

/**
 * Issues and verifies access tokens: RS256 JWTs of type {@code at+jwt} (RFC 9068) with {@code kid},
 * {@code iss}, {@code aud}, {@code sub} (user id), {@code tid} (tenant id; absent for a super admin),
 * {@code role}, {@code iat}, {@code exp}, {@code jti}. Verification trusts only our own keys, picked
 * by {@code kid}, and only RS256: the header never chooses the key material or the algorithm family.
 */
public final class AccessTokens {
    static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    static final String TENANT_CLAIM = "tid";
    static final String ROLE_CLAIM = "role";
    private static final int MAX_TOKEN_LENGTH = 4096;

    private final SigningKeys keys;
    private final AccessTokenSettings settings;
    private final Clock clock;

    public AccessTokens(SigningKeys keys, AccessTokenSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    public IssuedAccessToken issue(Principal principal) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(settings.lifetime());
        String tokenId = Randoms.urlSafe(16);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(principal.userId())
                .claim(ROLE_CLAIM, principal.role().name())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(tokenId);
        if (principal instanceof TenantStaff staff) claims.claim(TENANT_CLAIM, staff.tenant().value());
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(TYPE).keyID(keys.currentKeyId()).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(keys.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new IssuedAccessToken(jwt.serialize(), tokenId, now, expiresAt);
    }

    public TokenVerification verify(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) return invalid(Reason.MALFORMED);
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            return invalid(Reason.MALFORMED);
        }
        if (!(jwt instanceof SignedJWT signed)) return invalid(Reason.UNSUPPORTED_ALGORITHM); // alg none, JWE
        return verifySignature(signed).orElseGet(() -> verifyClaims(signed));
    }

    private Optional<TokenVerification> verifySignature(SignedJWT signed) {
        JWSHeader header = signed.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) return Optional.of(invalid(Reason.UNSUPPORTED_ALGORITHM));
        if (!TYPE.equals(header.getType())) return Optional.of(invalid(Reason.WRONG_TYPE));
        Optional<JWSVerifier> verifier = keys.verifier(header.getKeyID());
        if (verifier.isEmpty()) return Optional.of(invalid(Reason.UNKNOWN_KEY));
        try {
            return signed.verify(verifier.get()) ? Optional.empty() : Optional.of(invalid(Reason.BAD_SIGNATURE));
        } catch (JOSEException | IllegalStateException e) {
            return Optional.of(invalid(Reason.BAD_SIGNATURE));
        }
    }

    private TokenVerification verifyClaims(SignedJWT signed) {
        JWTClaimsSet claims;
        try {
            claims = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            return invalid(Reason.MALFORMED);
        }
        if (!settings.issuer().equals(claims.getIssuer())) return invalid(Reason.WRONG_ISSUER);
        if (claims.getAudience() == null || !claims.getAudience().contains(settings.audience())) {
            return invalid(Reason.WRONG_AUDIENCE);
        }
        return verifyTimes(claims).orElseGet(() -> principalOf(claims));
    }

    private Optional<TokenVerification> verifyTimes(JWTClaimsSet claims) {
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null) return Optional.of(invalid(Reason.BAD_CLAIMS));
        Instant now = clock.instant();
        if (now.minus(settings.clockSkew()).isAfter(exp.toInstant())) return Optional.of(invalid(Reason.EXPIRED));
        Instant latestAcceptable = now.plus(settings.clockSkew());
        Date nbf = claims.getNotBeforeTime();
        if (iat.toInstant().isAfter(latestAcceptable) || (nbf != null && nbf.toInstant().isAfter(latestAcceptable))) {
            return Optional.of(invalid(Reason.NOT_YET_VALID));
        }
        return Optional.empty();
    }

    private TokenVerification principalOf(JWTClaimsSet claims) {
        try {
            String tokenId = claims.getJWTID();
            if (tokenId == null || tokenId.isBlank()) return invalid(Reason.BAD_CLAIMS);
            Principal principal = TokenClaims.principal(claims.getSubject(),
                    claims.getStringClaim(TENANT_CLAIM), claims.getStringClaim(ROLE_CLAIM));
            return new TokenVerification.Valid(principal, tokenId, claims.getExpirationTime().toInstant());
        } catch (ParseException | IllegalArgumentException e) {
            return invalid(Reason.BAD_CLAIMS);
        }
    }

    private static TokenVerification invalid(Reason reason) {
        return new Invalid(reason);
    }
}
