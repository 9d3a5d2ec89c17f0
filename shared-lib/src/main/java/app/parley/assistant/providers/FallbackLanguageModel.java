package app.parley.assistant.providers;

import app.parley.assistant.llm.LanguageModel;
import app.parley.assistant.llm.ModelReading;
import app.parley.assistant.llm.PhrasingRequest;
import app.parley.assistant.model.CustomerDetails;
import app.parley.assistant.model.Knowledge;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Asks providers in the configured order, moving on when one is down or answers nonsense, all within one time
 * budget. Empty when none answers usefully: the embedded assistant then decides alone, and hands over on doubt.
 */
public final class FallbackLanguageModel implements LanguageModel {
    private final List<ProviderLanguageModel> providers;
    private final Duration budget;

    public FallbackLanguageModel(List<ProviderLanguageModel> providers, Duration budget) {
        this.providers = List.copyOf(providers);
        this.budget = budget;
    }

    public List<ProviderName> order() {
        return providers.stream().map(ProviderLanguageModel::provider).toList();
    }

    @Override
    public Optional<ModelReading> classify(String customerText, Knowledge knowledge) {
        return first((provider, left) -> provider.classify(customerText, knowledge, left));
    }

    @Override
    public Optional<CustomerDetails> extract(String customerText) {
        return first((provider, left) -> provider.extract(customerText, left));
    }

    @Override
    public Optional<String> phrase(PhrasingRequest request) {
        return first((provider, left) -> provider.phrase(request, left));
    }

    private <T> Optional<T> first(BiFunction<ProviderLanguageModel, Duration, Optional<T>> ask) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (ProviderLanguageModel provider : providers) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) break;
            Optional<T> answer = ask.apply(provider, left);
            if (answer.isPresent()) return answer;
        }
        return Optional.empty();
    }
}
