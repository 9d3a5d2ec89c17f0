package app.parley.assistant.providers;

import app.parley.config.AwsClientDefaults;
import app.parley.assistant.llm.LanguageModel;
import app.parley.tenancy.model.TenantId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The providers of this container, in fallback order, built once from the environment:
 * <ul>
 *   <li>{@code AI_PROVIDER}: {@code local} (default: none, the embedded assistant alone), {@code bedrock},
 *       {@code openai} or {@code gemini}: that one first, then every other configured one.</li>
 *   <li>Configured means: OpenAI and Gemini have a key ({@link ProviderKeys}); Bedrock is first, or has
 *       {@code BEDROCK_MODEL_ID} or {@code BEDROCK_ENDPOINT_URL} set (it signs with the ambient AWS credentials).</li>
 *   <li>{@code BEDROCK_ENDPOINT_URL}, {@code OPENAI_BASE_URL}, {@code GEMINI_BASE_URL}: endpoint overrides;
 *       {@code BEDROCK_MODEL_ID}, {@code OPENAI_MODEL}, {@code GEMINI_MODEL}: models; {@code AWS_REGION}.</li>
 *   <li>{@code AI_CONNECT_TIMEOUT_MS} (1000), {@code AI_READ_TIMEOUT_MS} (2500), {@code AI_CALL_BUDGET_MS} (3000).</li>
 * </ul>
 */
public final class LanguageModels {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageModels.class);
    static final String DEFAULT_BEDROCK_MODEL = "amazon.nova-lite-v1:0";
    static final String DEFAULT_OPENAI_MODEL = "gpt-4o-mini";
    static final String DEFAULT_GEMINI_MODEL = "gemini-2.0-flash";

    private final List<GuardedEndpoint> providers;
    private final UsageRecorder usage;
    private final Duration budget;

    LanguageModels(List<GuardedEndpoint> providers, UsageRecorder usage, Duration budget) {
        this.providers = List.copyOf(providers);
        this.usage = usage;
        this.budget = budget;
    }

    public static LanguageModels fromEnvironment() {
        return fromEnvironment(UsageRecorder.logged());
    }

    public static LanguageModels fromEnvironment(UsageRecorder usage) {
        var env = System.getenv();
        return from(env, ProviderKeys.fromEnvironment(env), usage, AwsClientDefaults.credentials());
    }

    /** For the integrator (keys from Secrets Manager) and tests (fake servers, static AWS credentials). */
    public static LanguageModels from(Map<String, String> env, ProviderKeys keys, UsageRecorder usage,
                                      AwsCredentialsProvider awsCredentials) {
        return from(env, keys, usage, awsCredentials, ResilienceSettings.defaults(), Clock.systemUTC());
    }

    static LanguageModels from(Map<String, String> env, ProviderKeys keys, UsageRecorder usage,
                               AwsCredentialsProvider awsCredentials, ResilienceSettings resilience, Clock clock) {
        var config = new Environment(env);
        var budgeted = resilience.withCallBudget(config.millis("AI_CALL_BUDGET_MS", resilience.callBudget()));
        var providers = new ArrayList<GuardedEndpoint>();
        for (ProviderName name : config.order(keys)) {
            ProviderSettings settings = config.settings(name);
            ModelEndpoint endpoint = switch (name) {
                case BEDROCK -> new BedrockConverse(settings, awsCredentials);
                case OPENAI -> new OpenAiChatCompletions(settings, keys);
                case GEMINI -> new GeminiGenerateContent(settings, keys);
            };
            providers.add(new GuardedEndpoint(endpoint, settings.readTimeout(), budgeted, clock));
        }
        LOG.info("ai-providers order={}", providers.stream().map(p -> p.name().setting()).toList());
        return new LanguageModels(providers, usage, budgeted.callBudget());
    }

    /** The providers in fallback order; empty for {@code AI_PROVIDER=local}. */
    public List<ProviderName> order() {
        return providers.stream().map(GuardedEndpoint::name).toList();
    }

    List<GuardedEndpoint> providers() {
        return providers;
    }

    /** This tenant's view of the providers (usage is recorded against it), or empty: embedded assistant only. */
    public Optional<LanguageModel> forTenant(TenantId tenant) {
        if (providers.isEmpty()) return Optional.empty();
        var views = providers.stream().map(p -> new ProviderLanguageModel(p, tenant, usage, budget)).toList();
        return Optional.of(new FallbackLanguageModel(views, budget));
    }

    /** Reads the variables; unknown values fail at start, loudly, rather than silently at the first message. */
    private record Environment(Map<String, String> env) {
        List<ProviderName> order(ProviderKeys keys) {
            String choice = value("AI_PROVIDER").orElse("local");
            if (choice.equalsIgnoreCase("local")) return List.of();
            ProviderName first = ProviderName.ofSetting(choice).orElseThrow(() -> new IllegalArgumentException(
                    "AI_PROVIDER must be local, bedrock, openai or gemini, not " + choice));
            var order = new ArrayList<ProviderName>();
            if (configured(first, first, keys)) order.add(first);
            else LOG.warn("ai-provider-not-configured provider={} (no API key)", first.setting());
            for (ProviderName other : ProviderName.values()) {
                if (other != first && configured(other, first, keys)) order.add(other);
            }
            return order;
        }

        private boolean configured(ProviderName provider, ProviderName first, ProviderKeys keys) {
            return switch (provider) {
                case BEDROCK -> provider == first || value("BEDROCK_MODEL_ID").isPresent()
                        || value("BEDROCK_ENDPOINT_URL").isPresent();
                case OPENAI, GEMINI -> keys.apiKey(provider).isPresent();
            };
        }

        ProviderSettings settings(ProviderName provider) {
            Duration connect = millis("AI_CONNECT_TIMEOUT_MS", Duration.ofMillis(1_000));
            Duration read = millis("AI_READ_TIMEOUT_MS", Duration.ofMillis(2_500));
            return switch (provider) {
                case BEDROCK -> new ProviderSettings(provider, value("BEDROCK_ENDPOINT_URL").map(URI::create).orElse(null),
                        value("BEDROCK_MODEL_ID").orElse(DEFAULT_BEDROCK_MODEL), region(), connect, read);
                case OPENAI -> new ProviderSettings(provider,
                        URI.create(value("OPENAI_BASE_URL").orElse("https://api.openai.com/v1")),
                        value("OPENAI_MODEL").orElse(DEFAULT_OPENAI_MODEL), null, connect, read);
                case GEMINI -> new ProviderSettings(provider,
                        URI.create(value("GEMINI_BASE_URL").orElse("https://generativelanguage.googleapis.com")),
                        value("GEMINI_MODEL").orElse(DEFAULT_GEMINI_MODEL), null, connect, read);
            };
        }

        Duration millis(String name, Duration fallback) {
            return value(name).map(v -> {
                try {
                    long millis = Long.parseLong(v);
                    if (millis <= 0) throw new NumberFormatException();
                    return Duration.ofMillis(millis);
                } catch (NumberFormatException notMillis) {
                    throw new IllegalArgumentException(name + " must be a positive number of milliseconds, not " + v);
                }
            }).orElse(fallback);
        }

        private String region() {
            return value("AWS_REGION").or(() -> value("AWS_DEFAULT_REGION")).orElse("us-east-1");
        }

        private Optional<String> value(String name) {
            return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
        }
    }
}
