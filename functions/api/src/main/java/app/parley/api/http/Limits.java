package app.parley.api.http;

import app.parley.auth.access.Principal;
import app.parley.auth.throttling.Bucket;
import app.parley.auth.throttling.InMemoryThrottleStore;
import app.parley.auth.throttling.RateLimiter;
import app.parley.auth.throttling.RateRule;
import app.parley.auth.throttling.ThrottleDecision;
import app.parley.config.Env;
import java.time.Clock;
import java.time.Duration;

/**
 * Request rates per access token and per tenant (token buckets). Kept per container: a shared
 * per-tenant counter would make each tenant one hot item; API Gateway's stage throttling bounds
 * the sum. Sizes come from {@code API_RATE_PER_TOKEN} and {@code API_RATE_PER_TENANT} (per minute).
 */
public final class Limits {
    private final RateLimiter perToken;
    private final RateLimiter perTenant;

    public Limits(RateRule perToken, RateRule perTenant, Clock clock) {
        this.perToken = new RateLimiter(new InMemoryThrottleStore<Bucket>(), perToken, clock);
        this.perTenant = new RateLimiter(new InMemoryThrottleStore<Bucket>(), perTenant, clock);
    }

    public static Limits fromEnvironment(Clock clock) {
        return new Limits(perMinute(Env.get("API_RATE_PER_TOKEN", "600")), perMinute(Env.get("API_RATE_PER_TENANT", "3000")), clock);
    }

    public static RateRule perMinute(String requests) {
        long n = Long.parseLong(requests);
        return new RateRule(n, n, Duration.ofMinutes(1));
    }

    public void admit(Principal principal, String tokenId) {
        refuseIfThrottled(perToken.acquire("token#" + tokenId));
        if (principal instanceof Principal.TenantStaff staff) refuseIfThrottled(perTenant.acquire("tenant#" + staff.tenant().value()));
    }

    private static void refuseIfThrottled(ThrottleDecision decision) {
        if (decision instanceof ThrottleDecision.Throttled t) throw ApiProblem.tooManyRequests(t.retryAfterSeconds());
    }
}
