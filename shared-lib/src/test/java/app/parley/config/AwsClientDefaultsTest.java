package app.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class AwsClientDefaultsTest {
    @AfterEach
    void clear() { Env.clearOverrides(); }

    @Test
    void in_lambda_the_functions_keys_come_from_its_environment_without_the_default_chain() {
        var provider = AwsClientDefaults.credentials(Map.of("AWS_LAMBDA_FUNCTION_NAME", "api", "AWS_ACCESS_KEY_ID", "AKIA",
                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "token"));
        assertInstanceOf(EnvironmentVariableCredentialsProvider.class, provider);
    }

    @Test
    void in_lambda_with_snapstart_the_credentials_endpoint_is_used_even_if_keys_are_present() {
        var provider = AwsClientDefaults.credentials(Map.of("AWS_LAMBDA_FUNCTION_NAME", "api",
                AwsClientDefaults.CONTAINER_CREDENTIALS, "http://127.0.0.1:9001/2021-04-23/credentials", "AWS_ACCESS_KEY_ID", "AKIA"));
        assertInstanceOf(ContainerCredentialsProvider.class, provider);
    }

    @Test
    void off_lambda_the_local_stacks_keys_as_env_sees_them_are_used() {
        Env.override(Map.of("AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local-secret"));
        var provider = AwsClientDefaults.credentials(Map.of());
        assertInstanceOf(StaticCredentialsProvider.class, provider);
        assertEquals("local", provider.resolveCredentials().accessKeyId());
        assertEquals("local-secret", provider.resolveCredentials().secretAccessKey());
    }
}
