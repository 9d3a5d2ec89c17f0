package app.parley.assistant.llm;

import app.parley.assistant.model.CustomerDetails;
import app.parley.assistant.model.Knowledge;
import java.util.Optional;

/**
 * Port for language-model providers (Bedrock, OpenAI, Gemini). Every method may return empty
 * (provider down, circuit open); the assistant then works on its embedded reading alone. Nothing a
 * model returns can set a price, add a line or confirm an order: services are resolved by catalog
 * id, prices are read from the catalog, and phrased text passes the output firewall or is dropped.
 */
public interface LanguageModel {
    Optional<ModelReading> classify(String customerText, Knowledge knowledge);

    Optional<CustomerDetails> extract(String customerText);

    Optional<String> phrase(PhrasingRequest request);
}
