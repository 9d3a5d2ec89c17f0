package app.parley.whatsapp.cloud;

import java.time.Duration;
import java.util.Optional;

/**
 * The Graph API could not do it now but may later: HTTP 5xx or 429, a network error or timeout
 * (code 0), or a transient Graph code such as 130429 (throughput) or 131056 (pair rate limit).
 */
public record RetryableFailure(int code, String message, Optional<Duration> retryAfter)
        implements GraphFailure {}
