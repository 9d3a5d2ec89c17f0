package app.parley.assistant.providers;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one provider.
 *
 * @param endpoint    base URL ({@code OPENAI_BASE_URL}, {@code GEMINI_BASE_URL}) or the Bedrock endpoint
 *                    override ({@code BEDROCK_ENDPOINT_URL}); null for Bedrock means the regional default
 * @param region      AWS region, Bedrock only
 * @param readTimeout the longest one attempt may take, connection included
 */
public record ProviderSettings(ProviderName provider, URI endpoint, String model, String region,
                               Duration connectTimeout, Duration readTimeout) {
    public ProviderSettings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (provider != ProviderName.BEDROCK) Objects.requireNonNull(endpoint, "endpoint");
    }
}
