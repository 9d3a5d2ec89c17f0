package app.parley.assistant.providers;

import java.util.Arrays;
import java.util.Optional;

/** The language-model providers the assistant can consult, named as in {@code AI_PROVIDER}. */
public enum ProviderName {
    BEDROCK("bedrock", null),
    OPENAI("openai", "OPENAI_API_KEY"),
    GEMINI("gemini", "GEMINI_API_KEY");

    private final String setting;
    private final String keyVariable;

    ProviderName(String setting, String keyVariable) {
        this.setting = setting;
        this.keyVariable = keyVariable;
    }

    public String setting() {
        return setting;
    }

    /** The environment variable holding the API key locally; empty for Bedrock, which signs with AWS credentials. */
    public Optional<String> keyVariable() {
        return Optional.ofNullable(keyVariable);
    }

    public static Optional<ProviderName> ofSetting(String setting) {
        return Arrays.stream(values()).filter(p -> p.setting.equalsIgnoreCase(setting)).findFirst();
    }
}
