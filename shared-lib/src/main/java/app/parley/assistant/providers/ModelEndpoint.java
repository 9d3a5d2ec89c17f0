package app.parley.assistant.providers;

import java.time.Duration;

/** One provider's wire format. Built once per container; shared by every tenant. */
interface ModelEndpoint {
    ProviderName name();

    String model();

    /** Sends one call, waiting at most {@code timeout} for the whole answer. Never throws. */
    Exchange send(ModelCall call, Duration timeout);
}
