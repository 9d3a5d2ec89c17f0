package app.parley.assistant.providers;

/** How one call to a provider went. Failures are values: nothing a provider does escapes as an exception. */
sealed interface Exchange {
    record Completed(ModelOutput output, long inputTokens, long outputTokens) implements Exchange {}

    record Failed(Failure failure, String detail) implements Exchange {}

    enum Failure {
        RATE_LIMITED, SERVER_ERROR, TIMEOUT, UNREACHABLE, REJECTED, MALFORMED, CIRCUIT_OPEN;

        /** Worth one quick retry: the provider said "not now" rather than "no". */
        boolean retryable() {
            return this == RATE_LIMITED || this == SERVER_ERROR;
        }

        static Failure ofStatus(int status) {
            if (status == 429) return RATE_LIMITED;
            if (status >= 500) return SERVER_ERROR;
            if (status == 408) return TIMEOUT;
            return REJECTED;
        }
    }
}
