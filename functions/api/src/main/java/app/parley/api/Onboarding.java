package app.parley.api;

import app.parley.api.audit.Auditor;
import app.parley.api.auth.Accounts;
import app.parley.api.http.Operation;
import app.parley.mail.application.Mailer;
import app.parley.api.onboarding.*;
import app.parley.api.settings.WhatsAppTokenSecrets;
import app.parley.assistant.application.AssistantAnswering;
import app.parley.auth.application.Users;
import app.parley.auth.infrastructure.DynamoThrottleStore;
import app.parley.auth.throttling.Bucket;
import app.parley.auth.throttling.RateLimiter;
import app.parley.auth.throttling.RateRule;
import app.parley.billing.infrastructure.BillingCore;
import app.parley.catalog.application.ImportingCatalog;
import app.parley.catalog.application.Services;
import app.parley.catalog.infrastructure.DynamoFaqs;
import app.parley.catalog.infrastructure.DynamoLookupTables;
import app.parley.media.application.MediaStore;
import app.parley.media.infrastructure.MediaStores;
import app.parley.onboarding.infrastructure.DynamoFunnel;
import app.parley.onboarding.infrastructure.DynamoOnboardings;
import app.parley.persistence.Tables;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.application.RegisteringTenants;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.infrastructure.DynamoTenantPurge;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires self-service sign-up, the setup wizard, catalog import, offboarding and the platform's funnel. */
final class Onboarding {
    private static final Logger LOG = LoggerFactory.getLogger(Onboarding.class);

    private Onboarding() {}

    static List<Operation> operations(ApiDependencies d, Users users, Tenants tenants, Services services, Accounts accounts, Mailer mailer,
                                      WhatsAppTokenSecrets tokens, Auditor audit) {
        Tables tables = d.tables();
        Clock clock = d.clock();
        OnboardingSettings settings = d.onboarding();
        BillingCore billing = d.billing();
        var onboardings = new DynamoOnboardings(tables.tenant());
        var funnel = new DynamoFunnel(tables.platform());
        var lifecycle = new ChangingTenantLifecycle(tenants, new DynamoTenantPurge(tables));
        var verifications = new SignUpVerifications(tables.platform());
        var signingUp = new SigningUp(new RegisteringTenants(tenants, clock), lifecycle, users, d.hasher(), billing.plans(),
                billing.startingTrials(), onboardings, funnel, verifications, mailer, settings, clock);
        var verifying = new VerifyingSignUps(verifications, users, tenants, onboardings, funnel, mailer, clock);
        var faqs = new DynamoFaqs(tables.tenant());
        var assistant = new AssistantAnswering(new DynamoLookupTables(tables.tenant()), tenant -> Optional.empty(), clock);
        var cancelling = new CancellingAccounts(billing.advancing(), billing.subscriptions(), lifecycle, new Erasures(tables.platform()),
                users, mailer, settings, clock);

        List<Operation> operations = new ArrayList<>();
        operations.addAll(new SignUpEndpoints(signingUp, verifying, d.hasher(), limiter(tables, settings.perAddress(), clock),
                limiter(tables, settings.platformWide(), clock), audit).operations());
        operations.addAll(new WizardEndpoints(onboardings, funnel, tenants, lifecycle, services, faqs, assistant, tokens, audit, clock).operations());
        operations.addAll(new CatalogImportEndpoints(new ImportingCatalog(services), tenants, funnel, audit, clock).operations());
        operations.addAll(new OffboardingEndpoints(new TenantExport(tables.tenant(), media()), cancelling, tenants, accounts, mailer, audit, clock)
                .operations());
        operations.addAll(new FunnelEndpoints(funnel).operations());
        return operations;
    }

    /** Sign-up buckets in the platform table, so the limits hold across containers. */
    private static RateLimiter limiter(Tables tables, RateRule rule, Clock clock) {
        return new RateLimiter(new DynamoThrottleStore<Bucket>(tables.platform(), new BucketCodec(), Duration.ofHours(2), clock), rule, clock);
    }

    /** The media store for exports, opened on first use; an export without it lists the data and leaves the media out. */
    private static Supplier<Optional<MediaStore>> media() {
        return new Supplier<>() {
            private volatile Optional<MediaStore> store;

            @Override
            public Optional<MediaStore> get() {
                if (store == null) {
                    try {
                        store = Optional.of(MediaStores.fromEnvironment());
                    } catch (RuntimeException unavailable) {
                        LOG.warn("no media store for exports: {}", unavailable.getMessage());
                        store = Optional.empty();
                    }
                }
                return store;
            }
        };
    }
}
