package app.parley.media.infrastructure;

import app.parley.config.AwsClientDefaults;
import app.parley.config.Env;
import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 client of the media store, built on the URL-connection HTTP client; {@code AWS_ENDPOINT_URL_S3}
 * points it elsewhere (moto_server). Only functions that store or read media reach it (and carry S3).
 */
public final class AwsMediaClients {
    private AwsMediaClients() {}

    static S3Client s3() {
        var builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(AwsClientDefaults.region())
                .credentialsProvider(AwsClientDefaults.credentials());
        Env.find("AWS_ENDPOINT_URL_S3").map(URI::create).ifPresent(endpoint ->
                builder.endpointOverride(endpoint).forcePathStyle(true));
        return builder.build();
    }
}
