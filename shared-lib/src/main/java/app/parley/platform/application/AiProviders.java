package app.parley.platform.application;

import app.parley.platform.model.AiProviderSettings;

/** The platform's AI provider configuration; read consistently by the pipeline. */
public interface AiProviders {
    AiProviderSettings current();

    void save(AiProviderSettings settings);
}
