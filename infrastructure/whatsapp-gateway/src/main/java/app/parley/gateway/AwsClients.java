package app.parley.gateway;

import app.parley.config.Env;
import java.net.URI;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The gateway's SDK clients, built once each, on the URL-connection HTTP client; endpoints from AWS_ENDPOINT_URL_*. */
final class AwsClients {
    private AwsClients() {}

    static KmsClient kms() {
        return endpoint(KmsClient.builder().httpClient(UrlConnectionHttpClient.create()), "AWS_ENDPOINT_URL_KMS").build();
    }

    static SqsClient sqs() {
        return endpoint(SqsClient.builder().httpClient(UrlConnectionHttpClient.create()), "AWS_ENDPOINT_URL_SQS").build();
    }

    static S3Client s3() {
        return endpoint(S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                .forcePathStyle(Env.find("AWS_ENDPOINT_URL_S3").isPresent()), "AWS_ENDPOINT_URL_S3").build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B endpoint(B builder, String variable) {
        builder.region(Region.of(Env.get("AWS_REGION", "us-east-1")));
        Env.find(variable).map(URI::create).ifPresent(builder::endpointOverride);
        return builder;
    }
}
