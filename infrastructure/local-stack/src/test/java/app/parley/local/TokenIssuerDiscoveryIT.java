package app.parley.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.local.engines.CloudTemplate;
import app.parley.local.seed.SeedStep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The token issuer as an outside verifier (an API gateway's JWT authorizer) sees it: the discovery document and
 * the JWK Set through the front door, and a real access token verified with those keys by the JOSE library alone.
 */
class TokenIssuerDiscoveryIT {
    private static final Path TEMPLATE = CloudTemplate.locate(Path.of(""));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalStack stack;

    @BeforeAll
    static void start() {
        Path seed = TEMPLATE.getParent().resolveSibling("shared").resolve("eval/seed.json");
        stack = LocalStack.start(new LaunchOptions(Optional.of(seed), 0, TEMPLATE, Optional.empty()), List.of(new SeedStep()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void the_discovery_document_names_the_front_door_as_issuer_and_its_key_set_publicly_and_cacheably() throws Exception {
        HttpResponse<String> discovery = get(stack.baseUrl().resolve("/api/auth/.well-known/openid-configuration"));

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.headers().firstValue("Cache-Control")).contains("public, max-age=300");
        JsonNode doc = JSON.readTree(discovery.body());
        String issuer = stack.baseUrl() + "api/auth";
        assertThat(doc.path("issuer").asText()).isEqualTo(issuer);
        assertThat(doc.path("jwks_uri").asText()).isEqualTo(issuer + "/jwks.json");
        assertThat(doc.path("id_token_signing_alg_values_supported").toString()).isEqualTo("[\"RS256\"]");

        HttpResponse<String> jwks = get(URI.create(doc.path("jwks_uri").asText()));
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.headers().firstValue("Cache-Control")).contains("public, max-age=300");
        JsonNode keys = JSON.readTree(jwks.body()).path("keys");
        assertThat(keys).isNotEmpty().allSatisfy(key -> {
            assertThat(key.path("kty").asText()).isEqualTo("RSA");
            assertThat(key.path("alg").asText()).isEqualTo("RS256");
            assertThat(key.path("use").asText()).isEqualTo("sig");
            assertThat(Base64.getUrlDecoder().decode(key.path("n").asText())).hasSizeGreaterThanOrEqualTo(256);
            assertThat(key.path("kid").asText()).isNotBlank();
            assertThat(key.has("d")).as("no private part").isFalse();
        });
    }

    @Test
    void a_real_access_token_verifies_with_the_published_keys_through_the_jose_library_alone() throws Exception {
        String token = login("admin@bloom.example", "Bloom-Admin-2026!");
        DefaultJWTProcessor<SecurityContext> verifier = verifierFromDiscovery();

        JWTClaimsSet claims = verifier.process(token, null);

        assertThat(claims.getIssuer()).isEqualTo(stack.baseUrl() + "api/auth");
        assertThat(claims.getAudience()).containsExactly("parley-admin-api");
        assertThat(claims.getStringClaim("tid")).startsWith("t_");
    }

    @Test
    void a_token_with_a_changed_claim_does_not_verify_with_the_published_keys() throws Exception {
        String[] parts = login("admin@bloom.example", "Bloom-Admin-2026!").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("TENANT_ADMIN", "SUPER_ADMIN");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThatThrownBy(() -> verifierFromDiscovery().process(forged, null)).isInstanceOf(BadJOSEException.class);
    }

    @Test
    void the_front_door_plays_the_jwt_authorizer_and_answers_401_before_the_function_for_a_missing_or_forged_token() throws Exception {
        String[] parts = login("admin@bloom.example", "Bloom-Admin-2026!").split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (parts[2].charAt(10) == 'A' ? 'B' : 'A')
                + parts[2].substring(11);

        for (String authorization : new String[] {null, "Bearer " + forged, "Bearer not-a-jwt"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(stack.baseUrl().resolve("/api/me"));
            if (authorization != null) request.header("Authorization", authorization);
            HttpResponse<String> refused = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).as(authorization).isEqualTo(401);
            assertThat(refused.body()).as("API Gateway's body, not the function's").isEqualTo("{\"message\":\"Unauthorized\"}");
            assertThat(refused.headers().firstValue("www-authenticate")).get().asString().contains("invalid_token");
        }
    }

    @Test
    void a_valid_token_passes_the_front_door_authorizer_bare_or_after_bearer_and_the_api_still_wants_bearer() throws Exception {
        String token = login("admin@bloom.example", "Bloom-Admin-2026!");

        HttpResponse<String> bearer = me("Bearer " + token);
        HttpResponse<String> bare = me(token);

        assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(200);
        assertThat(bare.statusCode()).isEqualTo(401);
        assertThat(bare.body()).as("the function's own answer: the authorizer let it through").contains("\"error\":\"unauthorized\"");
    }

    private static HttpResponse<String> me(String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(stack.baseUrl().resolve("/api/me")).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What a gateway does: issuer → discovery document → jwks_uri → keys, RS256 only, iss and aud checked. */
    private static DefaultJWTProcessor<SecurityContext> verifierFromDiscovery() throws Exception {
        JsonNode doc = JSON.readTree(get(stack.baseUrl().resolve("/api/auth/.well-known/openid-configuration")).body());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                JWKSourceBuilder.<SecurityContext>create(URI.create(doc.path("jwks_uri").asText()).toURL()).retrying(false).build()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>("parley-admin-api",
                new JWTClaimsSet.Builder().issuer(doc.path("issuer").asText()).build(), Set.of("sub", "exp", "iat", "jti")));
        return processor;
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String login(String email, String password) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(stack.baseUrl().resolve("/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("email", email, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("accessToken").asText();
    }
}
