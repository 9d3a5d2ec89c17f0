package app.parley.messaging.infrastructure;

import app.parley.config.Env;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** One SQS client per endpoint (per container in Lambda): URL-connection HTTP, {@code AWS_ENDPOINT_URL_SQS} when set. */
public final class SqsClients {
    private static final Map<String, SqsClient> SHARED = new ConcurrentHashMap<>();

    private SqsClients() {}

    public static SqsClient shared() {
        String endpoint = Env.find("AWS_ENDPOINT_URL_SQS").orElse("");
        String region = Env.get("AWS_REGION", "us-east-1");
        return SHARED.computeIfAbsent(endpoint + "|" + region, k -> create(endpoint, region));
    }

    private static SqsClient create(String endpoint, String region) {
        var builder = SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(region));
        Env.find("AWS_ACCESS_KEY_ID").ifPresent(id -> builder.credentialsProvider(StaticCredentialsProvider.create(
                Env.find("AWS_SESSION_TOKEN")
                        .<AwsCredentials>map(token -> AwsSessionCredentials.create(id, Env.require("AWS_SECRET_ACCESS_KEY"), token))
                        .orElseGet(() -> AwsBasicCredentials.create(id, Env.require("AWS_SECRET_ACCESS_KEY"))))));
        if (!endpoint.isEmpty()) builder.endpointOverride(URI.create(endpoint));
        return builder.build();
    }
}
