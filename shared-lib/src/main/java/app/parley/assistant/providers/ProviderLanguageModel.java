package app.parley.assistant.providers;

import app.parley.assistant.llm.LanguageModel;
import app.parley.assistant.llm.ModelReading;
import app.parley.assistant.llm.PhrasingRequest;
import app.parley.assistant.model.CustomerDetails;
import app.parley.assistant.model.Knowledge;
import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One provider seen by one tenant: asks through the shared guarded endpoint, records the tenant's tokens, and
 * reads the answer as untrusted. Cheap to create per tenant; returns empty on any failure, never throws.
 */
public final class ProviderLanguageModel implements LanguageModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderLanguageModel.class);

    private final GuardedEndpoint provider;
    private final TenantId tenant;
    private final UsageRecorder usage;
    private final Duration budget;

    ProviderLanguageModel(GuardedEndpoint provider, TenantId tenant, UsageRecorder usage, Duration budget) {
        this.provider = provider;
        this.tenant = tenant;
        this.usage = usage;
        this.budget = budget;
    }

    public ProviderName provider() {
        return provider.name();
    }

    @Override
    public Optional<ModelReading> classify(String customerText, Knowledge knowledge) {
        return classify(customerText, knowledge, budget);
    }

    @Override
    public Optional<CustomerDetails> extract(String customerText) {
        return extract(customerText, budget);
    }

    @Override
    public Optional<String> phrase(PhrasingRequest request) {
        return phrase(request, budget);
    }

    Optional<ModelReading> classify(String customerText, Knowledge knowledge, Duration timeLeft) {
        return ask(() -> Prompts.classification(customerText, knowledge), timeLeft, ToolAnswers::reading);
    }

    Optional<CustomerDetails> extract(String customerText, Duration timeLeft) {
        return ask(() -> Prompts.extraction(customerText), timeLeft, ToolAnswers::details);
    }

    Optional<String> phrase(PhrasingRequest request, Duration timeLeft) {
        return ask(() -> Prompts.phrasing(request), timeLeft, output -> ToolAnswers.phrasing(output, request));
    }

    private <T> Optional<T> ask(java.util.function.Supplier<ModelCall> call, Duration timeLeft,
                                Function<ModelOutput, Optional<T>> read) {
        try {
            if (!(provider.send(call.get(), timeLeft) instanceof Exchange.Completed completed)) return Optional.empty();
            record(completed);
            Optional<T> answer = read.apply(completed.output());
            if (answer.isEmpty()) LOG.warn("ai-answer-discarded provider={} tenant={}", provider.name().setting(), tenant);
            return answer;
        } catch (RuntimeException unexpected) {
            LOG.warn("ai-answer-discarded provider={} tenant={} error={}", provider.name().setting(), tenant,
                    unexpected.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private void record(Exchange.Completed completed) {
        try {
            usage.record(new TokenUsage(tenant, provider.name(), provider.model(),
                    Math.max(0, completed.inputTokens()), Math.max(0, completed.outputTokens())));
        } catch (RuntimeException recorderFailure) {
            LOG.warn("ai-usage-not-recorded provider={} tenant={} error={}", provider.name().setting(), tenant,
                    recorderFailure.getClass().getSimpleName());
        }
    }
}
