package app.parley.api.auth;

import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.auth.tokens.AccessTokenSettings;
import app.parley.auth.tokens.SigningKeys;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * The access-token issuer's public metadata, so any verifier (an API gateway's JWT authorizer, another
 * service, a JOSE library) can check our tokens without our code: an OpenID discovery document at
 * {@code <issuer>/.well-known/openid-configuration} naming the {@code jwks_uri}, and that JWK Set of the
 * public RS256 keys (current and still-verifying ones). The issuer is {@code JWT_ISSUER}, the URL of
 * {@code /api/auth} as the world reaches it. Public and cacheable for five minutes.
 */
public final class IssuerEndpoints {
    public static final String DISCOVERY = "/api/auth/.well-known/openid-configuration";
    public static final String JWKS = "/api/auth/jwks.json";
    private static final Map<String, String> CACHEABLE = Map.of("Cache-Control", "public, max-age=300");

    private final Discovery discovery;
    private final Map<String, Object> keys;

    public IssuerEndpoints(SigningKeys signingKeys, AccessTokenSettings settings) {
        this.discovery = new Discovery(settings.issuer(), settings.issuer() + "/jwks.json", List.of("RS256"), List.of("public"),
                List.of("token"));
        this.keys = publicKeys(signingKeys);
    }

    /** OpenID discovery fields of an issuer of RS256-signed bearer tokens (snake_case, as the specification names them). */
    public record Discovery(String issuer, String jwks_uri, List<String> id_token_signing_alg_values_supported,
                            List<String> subject_types_supported, List<String> response_types_supported) {}

    public List<Operation> operations() {
        return List.of(
                Operation.get(DISCOVERY).tag("auth").anyone().summary("OpenID discovery document of the access-token issuer")
                        .returns(Discovery.class).handle(c -> new Reply(200, discovery, CACHEABLE)),
                Operation.get(JWKS).tag("auth").anyone().summary("Public keys that verify access tokens (JWK Set)")
                        .returns(Map.class).handle(c -> new Reply(200, keys, CACHEABLE)));
    }

    private static Map<String, Object> publicKeys(SigningKeys signingKeys) {
        try {
            return JSONObjectUtils.parse(signingKeys.publicJwkSetJson());
        } catch (ParseException e) {
            throw new IllegalStateException("the public JWK Set does not parse", e);
        }
    }
}
