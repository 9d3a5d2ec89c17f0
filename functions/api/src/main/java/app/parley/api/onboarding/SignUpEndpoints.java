package app.parley.api.onboarding;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.onboarding.OnboardingBodies.SignUp;
import app.parley.api.onboarding.OnboardingBodies.SignedUp;
import app.parley.api.onboarding.OnboardingBodies.Verified;
import app.parley.api.onboarding.OnboardingBodies.Verify;
import app.parley.auth.model.Email;
import app.parley.auth.passwords.PasswordCheck;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.auth.passwords.PasswordPolicy;
import app.parley.auth.throttling.RateLimiter;
import app.parley.auth.throttling.ThrottleDecision;
import app.parley.onboarding.model.DisposableDomains;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** Public: a business signs itself up, and its owner follows the mailed link. */
public final class SignUpEndpoints {
    private static final String EXAMPLE = "{\"businessName\":\"Harbour Bikes\",\"ownerName\":\"Ana Costa\",\"email\":\"ana@harbour-bikes.example\","
            + "\"password\":\"Long-and-unique-2026\",\"country\":\"PT\",\"currency\":\"EUR\",\"timezone\":\"Europe/Lisbon\","
            + "\"acceptTerms\":true,\"acceptPrivacy\":true}";
    private final SigningUp signingUp;
    private final VerifyingSignUps verifying;
    private final PasswordHasher hasher;
    private final RateLimiter perAddress;
    private final RateLimiter platformWide;
    private final Auditor audit;

    public SignUpEndpoints(SigningUp signingUp, VerifyingSignUps verifying, PasswordHasher hasher, RateLimiter perAddress,
                           RateLimiter platformWide, Auditor audit) {
        this.signingUp = signingUp;
        this.verifying = verifying;
        this.hasher = hasher;
        this.perAddress = perAddress;
        this.platformWide = platformWide;
        this.audit = audit;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.post("/api/signup").tag("onboarding").anyone()
                        .summary("Sign a business up: its owner account (inactive until the mailed link is followed) and the plan's free trial")
                        .accepts(SignUp.class, EXAMPLE).returns(SignedUp.class).status(201).handle(this::signUp),
                Operation.post("/api/signup/verify").tag("onboarding").anyone().summary("Verify the owner's email with the mailed token")
                        .accepts(Verify.class, "{\"token\":\"mailed-token\"}").returns(Verified.class).handle(this::verify));
    }

    private Reply signUp(Call call) {
        SignUp in = call.body(SignUp.class);
        Email email = email(in.email());
        if (PasswordPolicy.check(in.password(), email.value()) instanceof PasswordCheck.Rejected rejected) {
            throw ApiProblem.invalid("password", rejected.message());
        }
        var form = new SigningUp.Form(in.businessName(), in.ownerName(), email, null, in.country(), currency(in.currency()),
                zone(in.timezone()), call.sourceIp());
        admit(call.sourceIp());
        if (DisposableDomains.isDisposable(email.value())) {
            throw new ApiProblem(422, "disposable_email", "Throw-away email addresses cannot sign up; use an address you keep.");
        }
        form = new SigningUp.Form(form.businessName(), form.ownerName(), email, hasher.hash(in.password()), form.country(),
                form.currency(), form.timezone(), form.sourceIp());
        return switch (signingUp.signUp(form)) {
            case SigningUp.Outcome.SignedUp s -> {
                audit.recordOnTenant(call, s.tenant().id(), "TENANT_SIGNED_UP", null, s.tenant().slug());
                yield Reply.created(new SignedUp(s.tenant().id().value(), s.tenant().slug(), s.owner().email().value(), s.plan().name(),
                        s.trial().trialEndsAt() == null ? null : s.trial().trialEndsAt().toString()));
            }
            case SigningUp.Outcome.EmailTaken t -> throw ApiProblem.conflict("email_taken",
                    "That email already has an account; sign in, or reset the password from the sign-in page.");
            case SigningUp.Outcome.NoPlan n -> throw new ApiProblem(503, "signup_unavailable",
                    "Sign-up is closed for now: the platform offers no plan with a trial yet.");
        };
    }

    private Reply verify(Call call) {
        var verified = verifying.verify(call.body(Verify.class).token())
                .orElseThrow(() -> ApiProblem.invalid("token", "is unknown, used or expired; sign in to have a new link sent."));
        audit.recordOnTenant(call, verified.tenant().id(), "OWNER_EMAIL_VERIFIED", null, verified.owner().email().value());
        return Reply.ok(new Verified(verified.owner().email().value(), verified.tenant().name()));
    }

    /** Per source address first, so one noisy address cannot use up the platform's allowance. */
    private void admit(String sourceIp) {
        refuseIfThrottled(perAddress.acquire("signup-address#" + sourceIp));
        refuseIfThrottled(platformWide.acquire("signup-platform"));
    }

    private static void refuseIfThrottled(ThrottleDecision decision) {
        if (decision instanceof ThrottleDecision.Throttled t) throw ApiProblem.tooManyRequests(t.retryAfterSeconds());
    }

    private static Email email(String value) {
        try {
            return new Email(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("email", "is not an email address.");
        }
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("currency", "is an ISO-4217 code such as EUR.");
        }
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw ApiProblem.invalid("timezone", "is an IANA zone such as Europe/Lisbon.");
        }
    }
}
