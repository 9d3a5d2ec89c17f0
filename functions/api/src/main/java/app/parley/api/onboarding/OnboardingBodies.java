package app.parley.api.onboarding;

import app.parley.api.http.Check;
import app.parley.catalog.model.imports.ImportCheck;
import app.parley.catalog.model.imports.RowProblem;
import app.parley.onboarding.model.FunnelLine;
import app.parley.onboarding.model.FunnelStep;
import app.parley.onboarding.model.Onboarding;
import app.parley.onboarding.model.WizardStep;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Bodies of sign-up, the setup wizard, catalog import, offboarding and the funnel. */
public final class OnboardingBodies {
    private OnboardingBodies() {}

    public record SignUp(String businessName, String ownerName, String email, String password, String country, String currency,
                         String timezone, Boolean acceptTerms, Boolean acceptPrivacy) {
        public SignUp {
            businessName = Check.text("businessName", businessName, 200);
            ownerName = Check.text("ownerName", ownerName, 200);
            email = Check.text("email", email, 254);
            Check.text("password", password, 1024);
            Check.that(country != null && country.matches("[A-Z]{2}"), "country", "is a two-letter ISO 3166 code such as PT.");
            Check.text("currency", currency, 3);
            Check.text("timezone", timezone, 64);
            Check.that(Boolean.TRUE.equals(acceptTerms), "acceptTerms", "must be true: the terms of service are accepted to sign up.");
            Check.that(Boolean.TRUE.equals(acceptPrivacy), "acceptPrivacy", "must be true: the privacy notice is accepted to sign up.");
        }
    }

    public record SignedUp(String tenantId, String slug, String email, String planName, String trialEndsAt) {}

    public record Verify(String token) {
        public Verify { Check.text("token", token, 100); }
    }

    public record Verified(String email, String businessName) {}

    public record ProgressView(String current, List<String> done, List<String> steps, boolean emailVerified, boolean live,
                               String termsVersion, String privacyVersion, String consentedAt) {
        public static ProgressView of(Onboarding o, boolean live) {
            return new ProgressView(o.current().name(), o.done().stream().sorted().map(Enum::name).toList(),
                    Arrays.stream(WizardStep.values()).map(Enum::name).toList(), o.verified(), live,
                    o.consent().termsVersion(), o.consent().privacyVersion(), o.consent().at().toString());
        }
    }

    /** Mark {@code step} done (the wizard moves on), or with {@code done:false} just resume there. */
    public record StepUpdate(String step, Boolean done) {
        public StepUpdate {
            Check.that(step != null && Arrays.stream(WizardStep.values()).anyMatch(s -> s.name().equals(step)), "step",
                    "is one of " + Arrays.toString(WizardStep.values()) + ".");
            Check.present("done", done);
        }
    }

    public record CloudNumberConnect(String phoneNumberId, String displayPhoneNumber, String accessToken) {
        public CloudNumberConnect {
            Check.that(phoneNumberId != null && phoneNumberId.matches("[0-9]{5,30}"), "phoneNumberId", "is the digits Meta shows for the number.");
            displayPhoneNumber = Check.text("displayPhoneNumber", displayPhoneNumber, 40);
            Check.text("accessToken", accessToken, 4096);
        }
    }

    public record TestChat(String text, String memory) {
        public TestChat {
            text = Check.text("text", text, 2000);
            Check.optionalText("memory", memory, 30_000);
        }
    }

    /** {@code kind}: reply, order_request (drafted for staff; nothing is confirmed) or hand_over. */
    public record TestChatAnswer(String kind, String text, String memory) {}

    public record CatalogFile(String csv) {
        public CatalogFile { Check.text("csv", csv, 1_000_000); }
    }

    public record ImportRow(int row, String name, String price, String description, List<String> keywords) {}

    public record ProblemView(int row, String column, String message) {
        static ProblemView of(RowProblem p) { return new ProblemView(p.row(), p.column(), p.message()); }
    }

    /** The rows that would be created (the first 200) and every problem; nothing is written. */
    public record ImportPreview(int rowsRead, int importableRows, boolean importable, List<ImportRow> rows, List<ProblemView> problems) {
        static ImportPreview of(ImportCheck c) {
            return new ImportPreview(c.rowsRead(), c.lines().size(), c.importable(), c.lines().stream().limit(200)
                    .map(l -> new ImportRow(l.row(), l.name(), l.price().toDecimalString(), l.description(), l.keywords())).toList(),
                    c.problems().stream().map(ProblemView::of).toList());
        }
    }

    public record Imported(int imported) {}

    public record CancelAccount(String confirmSlug) {
        public CancelAccount { Check.text("confirmSlug", confirmSlug, 63); }
    }

    public record Cancelled(String status, String subscription, String erasureDueAt) {}

    public record FunnelTenant(String tenantId, String name, Map<String, String> reached) {
        static FunnelTenant of(FunnelLine l) {
            Map<String, String> reached = new java.util.LinkedHashMap<>();
            l.reached().forEach((step, at) -> reached.put(step.name(), at.toString()));
            return new FunnelTenant(l.tenant().value(), l.name(), reached);
        }
    }

    public record FunnelView(Map<String, Long> totals, List<FunnelTenant> tenants) {
        static FunnelView of(Map<FunnelStep, Long> totals, List<FunnelLine> lines) {
            Map<String, Long> named = new java.util.LinkedHashMap<>();
            totals.forEach((step, n) -> named.put(step.name(), n));
            return new FunnelView(named, lines.stream().map(FunnelTenant::of).toList());
        }
    }
}
