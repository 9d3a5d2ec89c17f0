package app.parley.media.infrastructure;

import app.parley.config.AwsClientDefaults;
import app.parley.config.Env;
import java.net.URI;

/**
 * The media bucket's objects as {@link S3Objects}: signed S3 REST calls on the URL-connection HTTP client
 * (no S3 service client in any function). {@code AWS_ENDPOINT_URL_S3} points them elsewhere (moto_server,
 * path-style). Credentials are resolved per request, so none is captured before a SnapStart snapshot.
 */
public final class AwsMediaClients {
    private AwsMediaClients() {}

    static S3Objects bucket(String bucket) {
        var credentials = AwsClientDefaults.credentials();
        return new S3Objects(AwsClientDefaults.httpClient(), credentials::resolveCredentials, AwsClientDefaults.region().id(),
                bucket, Env.find("AWS_ENDPOINT_URL_S3").map(URI::create));
    }
}
