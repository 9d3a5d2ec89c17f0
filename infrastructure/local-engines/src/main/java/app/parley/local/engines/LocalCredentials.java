package app.parley.local.engines;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The fixed credentials the embedded engines accept; they grant nothing anywhere else. */
public final class LocalCredentials {
    public static final AwsCredentialsProvider PROVIDER =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private LocalCredentials() {}
}
