package app.parley.config;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Region and credentials of every AWS client, as AWS recommends for Lambda cold starts: the region named
 * explicitly from the environment, and in Lambda the one credentials provider the function's environment
 * actually offers instead of the SDK's default chain (which would also set up the system-property, profile-file,
 * web-identity, SSO, process and instance-metadata providers). It names no service client, so a function only
 * carries the clients its own wiring builds (the shaded jars keep what is reachable). Every client shares one HTTP
 * client: each URL-connection client sets up its own TLS context (trust managers, key managers) when it is built,
 * which a cold start would otherwise repeat for every service it calls.
 */
public final class AwsClientDefaults {
    /** Lambda with SnapStart (and Lambda's container credentials in general): no keys in the environment, a local endpoint instead. */
    static final String CONTAINER_CREDENTIALS = "AWS_CONTAINER_CREDENTIALS_FULL_URI";

    private AwsClientDefaults() {}

    /** The process's one HTTP client (default settings), for every AWS client; the SDK never closes a client it was given. */
    public static SdkHttpClient httpClient() {
        return SharedHttp.CLIENT;
    }

    private static final class SharedHttp { // built on first use, so a function that calls no AWS service never builds it
        static final SdkHttpClient CLIENT = UrlConnectionHttpClient.create();
    }

    public static Region region() {
        return Region.of(Env.get("AWS_REGION", "us-east-1"));
    }

    /**
     * In Lambda: the function's keys from its environment ({@link EnvironmentVariableCredentialsProvider}), or, where
     * Lambda gives them through its credentials endpoint instead (SnapStart), that endpoint
     * ({@link ContainerCredentialsProvider}, read on first use, so never frozen into a snapshot). Elsewhere the keys as
     * {@link Env} sees them (the local stack's overrides included), else the SDK's default chain (a developer's profile).
     */
    public static AwsCredentialsProvider credentials() {
        return credentials(System.getenv());
    }

    /** {@link #credentials()} for a given process environment; SnapStart's credentials endpoint wins over keys. */
    static AwsCredentialsProvider credentials(Map<String, String> processEnv) {
        boolean lambda = processEnv.containsKey("AWS_LAMBDA_FUNCTION_NAME");
        if (lambda && processEnv.containsKey(CONTAINER_CREDENTIALS)) return ContainerCredentialsProvider.builder().build();
        if (lambda && processEnv.containsKey("AWS_ACCESS_KEY_ID")) return EnvironmentVariableCredentialsProvider.create();
        Optional<String> id = Env.find("AWS_ACCESS_KEY_ID");
        if (id.isEmpty()) return DefaultCredentialsProvider.builder().build();
        String secret = Env.require("AWS_SECRET_ACCESS_KEY");
        return StaticCredentialsProvider.create(Env.find("AWS_SESSION_TOKEN")
                .<AwsCredentials>map(token -> AwsSessionCredentials.create(id.get(), secret, token))
                .orElseGet(() -> AwsBasicCredentials.create(id.get(), secret)));
    }
}
