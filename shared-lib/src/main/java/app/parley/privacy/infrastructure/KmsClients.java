package app.parley.privacy.infrastructure;

import app.parley.config.AwsClientDefaults;
import app.parley.config.Env;
import java.net.URI;
import software.amazon.awssdk.services.kms.KmsClient;

/** The KMS client of the tenant keys, on the URL-connection HTTP client; {@code AWS_ENDPOINT_URL_KMS} points it elsewhere (moto_server). */
public final class KmsClients {
    private KmsClients() {}

    public static KmsClient kms() {
        var builder = KmsClient.builder().httpClient(AwsClientDefaults.httpClient()).region(AwsClientDefaults.region())
                .credentialsProvider(AwsClientDefaults.credentials());
        Env.find("AWS_ENDPOINT_URL_KMS").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
