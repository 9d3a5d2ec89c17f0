package app.parley.local.http;

import app.parley.local.engines.CloudTemplate.JwtAuthorizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Plays API Gateway's HTTP API JWT authorizer: the token from the Authorization header (bare or after
 * {@code Bearer}), verified with the keys named by the issuer's discovery document ({@code jwks_uri}), RSA
 * algorithms only, {@code kid}, {@code iss}, {@code aud}, {@code exp} and {@code nbf} checked. The issuer is the
 * API's own {@code JWT_ISSUER}; its keys are read on first use (the front door serves them) and cached.
 */
public final class JwtGate {
    private static final Set<JWSAlgorithm> RSA = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String issuer;
    private volatile JWKSource<SecurityContext> keys;

    public JwtGate(String issuer) {
        this.issuer = issuer;
    }

    /** Empty when the request may pass; otherwise why API Gateway would answer 401. */
    public Optional<String> refusal(JwtAuthorizer authorizer, String authorization) {
        if (authorization == null || authorization.isBlank()) return Optional.of("no token in " + authorizer.identitySource());
        String token = authorization.strip();
        if (token.toLowerCase(Locale.ROOT).startsWith("bearer ")) token = token.substring(7).strip();
        try {
            processor(authorizer).process(token, null);
            return Optional.empty();
        } catch (ParseException | BadJOSEException e) {
            return Optional.of("the token is not valid: " + e.getMessage());
        } catch (Exception e) {
            return Optional.of("the issuer's keys could not be read: " + e.getMessage());
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor(JwtAuthorizer authorizer) throws IOException, InterruptedException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt"), JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(RSA, keys()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new HashSet<>(authorizer.audience()),
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp"), null));
        return processor;
    }

    private JWKSource<SecurityContext> keys() throws IOException, InterruptedException {
        JWKSource<SecurityContext> known = keys;
        if (known != null) return known;
        HttpResponse<String> discovery = HTTP.send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (discovery.statusCode() != 200) throw new IOException("discovery answered " + discovery.statusCode());
        JsonNode jwksUri = JSON.readTree(discovery.body()).path("jwks_uri");
        if (!jwksUri.isTextual()) throw new IOException("the discovery document names no jwks_uri");
        known = JWKSourceBuilder.<SecurityContext>create(URI.create(jwksUri.asText()).toURL()).retrying(false).build();
        keys = known;
        return known;
    }
}
