package app.parley.api.onboarding;

import app.parley.api.http.Limits;
import app.parley.auth.throttling.RateRule;
import app.parley.config.Env;
import java.time.Duration;
import java.util.Optional;

/**
 * Self-service settings: sign-up rates per source address and platform-wide (per hour), the plan whose trial a new
 * business starts in ({@code SIGNUP_PLAN_ID}; else the cheapest plan with a trial), the admin URL that mailed links
 * point to, the cooling-off period between cancelling and erasure, and the consent document versions.
 */
public record OnboardingSettings(RateRule perAddress, RateRule platformWide, Optional<String> planId, String appUrl,
                                 Duration coolingOff, String termsVersion, String privacyVersion) {
    public static final Duration VERIFICATION_VALIDITY = Duration.ofDays(2);

    public static OnboardingSettings fromEnvironment() {
        return new OnboardingSettings(perHour(Env.get("SIGNUP_RATE_PER_ADDRESS", "5")), perHour(Env.get("SIGNUP_RATE_PLATFORM", "200")),
                Env.find("SIGNUP_PLAN_ID"), Env.get("APP_URL", "http://127.0.0.1:8080"),
                Duration.ofDays(Long.parseLong(Env.get("OFFBOARDING_COOLING_OFF_DAYS", "30"))),
                Env.get("TERMS_VERSION", "2026-01"), Env.get("PRIVACY_VERSION", "2026-01"));
    }

    public static RateRule perHour(String requests) {
        RateRule perMinute = Limits.perMinute(requests);
        return new RateRule(perMinute.capacity(), perMinute.tokensPerPeriod(), Duration.ofHours(1));
    }
}
