package app.parley.assistant.understanding;

import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.CustomerDetails;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything read from one message, before it is weighed into an intent. */
record Evidence(
        Map<Signal, Double> signals,
        List<ServiceMatch> services,
        Optional<FaqMatch> faq,
        boolean unknownOffering,
        CustomerDetails details,
        ConversationState state,
        int wordCount) {

    boolean has(Signal signal) {
        return signals.containsKey(signal);
    }

    double strength(Signal signal) {
        return signals.getOrDefault(signal, 0.0);
    }

    double serviceStrength() {
        return services.isEmpty() ? 0 : services.getFirst().score();
    }

    boolean inOrderFlow() {
        return !state.pendingItems().isEmpty();
    }
}
