package app.parley.media.infrastructure;

import app.parley.config.Env;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 and KMS clients of the media store, built once per container on the URL-connection HTTP
 * client; {@code AWS_ENDPOINT_URL_S3} / {@code AWS_ENDPOINT_URL_KMS} point them elsewhere (moto_server).
 */
public final class AwsMediaClients {
    private AwsMediaClients() {}

    static S3Client s3() {
        var builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(region())
                .credentialsProvider(credentials());
        Env.find("AWS_ENDPOINT_URL_S3").map(URI::create).ifPresent(endpoint ->
                builder.endpointOverride(endpoint).forcePathStyle(true));
        return builder.build();
    }

    public static KmsClient kms() {
        var builder = KmsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(region())
                .credentialsProvider(credentials());
        Env.find("AWS_ENDPOINT_URL_KMS").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static Region region() {
        return Region.of(Env.get("AWS_REGION", "us-east-1"));
    }

    /** The environment's keys as {@link Env} sees them (local overrides included), else the SDK's default chain. */
    private static AwsCredentialsProvider credentials() {
        Optional<String> id = Env.find("AWS_ACCESS_KEY_ID");
        if (id.isEmpty()) return DefaultCredentialsProvider.builder().build();
        String secret = Env.require("AWS_SECRET_ACCESS_KEY");
        return StaticCredentialsProvider.create(Env.find("AWS_SESSION_TOKEN")
                .<AwsCredentials>map(token -> AwsSessionCredentials.create(id.get(), secret, token))
                .orElseGet(() -> AwsBasicCredentials.create(id.get(), secret)));
    }
}
