package app.parley.assistant.understanding;

import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.CustomerDetails;
import app.parley.assistant.model.Language;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one customer message means, with a confidence in [0, 1] that the intent (and the service
 * or FAQ it needs) is right.
 *
 * @param unknownOffering the customer named something the tenant does not sell
 */
public record Understanding(
        Intent intent,
        double confidence,
        Language language,
        List<ServiceMatch> services,
        Optional<FaqMatch> faq,
        CustomerDetails details,
        Set<Signal> signals,
        boolean unknownOffering) {

    public Understanding {
        services = List.copyOf(services);
        signals = Set.copyOf(signals);
        confidence = Math.max(0, Math.min(1, confidence));
    }

    public List<CatalogService> servicesReferred() {
        return services.stream().map(ServiceMatch::service).toList();
    }

    public boolean has(Signal signal) {
        return signals.contains(signal);
    }
}
