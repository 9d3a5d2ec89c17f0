package app.parley.messaging.infrastructure;

import app.parley.config.AwsClientDefaults;
import app.parley.config.Env;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
        var builder = SqsClient.builder().httpClient(AwsClientDefaults.httpClient()).region(Region.of(region))
                .credentialsProvider(AwsClientDefaults.credentials());
        if (!endpoint.isEmpty()) builder.endpointOverride(URI.create(endpoint));
        return builder.build();
    }
}
