package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.platform.infrastructure.SecretsManagerSecrets;
import org.junit.jupiter.api.Test;

/** The Secrets Manager adapter against moto_server. */
class SecretsManagerSecretsIT {
    @Test
    void creates_then_replaces_and_reads_a_secret() {
        try (LocalEngines engines = LocalEngines.start()) {
            var secrets = new SecretsManagerSecrets(engines.secrets);
            assertThat(secrets.exists("parley/x")).isFalse();
            assertThat(secrets.read("parley/x")).isEmpty();
            secrets.put("parley/x", "one");
            secrets.put("parley/x", "two");
            assertThat(secrets.exists("parley/x")).isTrue();
            assertThat(secrets.read("parley/x")).contains("two");
        }
    }
}
