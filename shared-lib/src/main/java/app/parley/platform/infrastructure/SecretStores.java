package app.parley.platform.infrastructure;

import app.parley.config.Env;
import app.parley.platform.application.Secrets;
import java.nio.file.Path;

/** The secret store of this environment: Secrets Manager in AWS, the local stack's store locally. */
public final class SecretStores {
    private SecretStores() {}

    public static Secrets fromEnvironment() {
        if ("local".equals(Env.get("SECRETS_BACKEND", "aws"))) {
            return LocalSecrets.at(Env.find("LOCAL_SECRETS_DIR").map(Path::of));
        }
        return new SecretsManagerSecrets(SecretsManagerSecrets.clientFromEnvironment());
    }
}
