package app.parley.config;

import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Region and credentials of an AWS client as {@link Env} sees them. It names no service client, so a
 * function only carries the clients its own wiring builds (the shaded jars keep what is reachable).
 */
public final class AwsClientDefaults {
    private AwsClientDefaults() {}

    public static Region region() {
        return Region.of(Env.get("AWS_REGION", "us-east-1"));
    }

    /** The environment's keys as {@link Env} sees them (local overrides included), else the SDK's default chain. */
    public static AwsCredentialsProvider credentials() {
        Optional<String> id = Env.find("AWS_ACCESS_KEY_ID");
        if (id.isEmpty()) return DefaultCredentialsProvider.builder().build();
        String secret = Env.require("AWS_SECRET_ACCESS_KEY");
        return StaticCredentialsProvider.create(Env.find("AWS_SESSION_TOKEN")
                .<AwsCredentials>map(token -> AwsSessionCredentials.create(id.get(), secret, token))
                .orElseGet(() -> AwsBasicCredentials.create(id.get(), secret)));
    }
}
