package app.parley.platform.infrastructure;

import app.parley.config.AwsClientDefaults;
import app.parley.config.Env;
import app.parley.platform.application.Secrets;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** Secrets in AWS Secrets Manager; the client is built once per container ({@code AWS_ENDPOINT_URL_SECRETS_MANAGER} locally). */
public final class SecretsManagerSecrets implements Secrets {
    private final SecretsManagerClient client;

    public SecretsManagerSecrets(SecretsManagerClient client) { this.client = client; }

    public static SecretsManagerClient clientFromEnvironment() {
        var builder = SecretsManagerClient.builder().httpClient(AwsClientDefaults.httpClient())
                .region(AwsClientDefaults.region()).credentialsProvider(AwsClientDefaults.credentials());
        Env.find("AWS_ENDPOINT_URL_SECRETS_MANAGER").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Override
    public void put(String name, String value) {
        try {
            client.createSecret(b -> b.name(name).secretString(value));
        } catch (ResourceExistsException exists) {
            client.putSecretValue(b -> b.secretId(name).secretString(value));
        }
    }

    @Override
    public boolean exists(String name) {
        try {
            client.describeSecret(b -> b.secretId(name));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    @Override
    public Optional<String> read(String name) {
        try {
            return Optional.ofNullable(client.getSecretValue(b -> b.secretId(name)).secretString());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }
}
