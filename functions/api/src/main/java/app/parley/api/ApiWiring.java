package app.parley.api;

import app.parley.api.audit.Auditor;
import app.parley.api.auth.Accounts;
import app.parley.api.auth.AuthEndpoints;
import app.parley.api.auth.IssuerEndpoints;
import app.parley.api.auth.PasswordResets;
import app.parley.api.billing.BillingEndpoints;
import app.parley.api.billing.PlatformBillingEndpoints;
import app.parley.api.catalog.KnowledgeEndpoints;
import app.parley.api.catalog.ServiceEndpoints;
import app.parley.api.http.Limits;
import app.parley.api.http.Listing;
import app.parley.api.http.OpenApi;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.http.Router;
import app.parley.api.customers.CustomerEndpoints;
import app.parley.api.inbox.InboxEndpoints;
import app.parley.api.quotations.QuotationDocumentEndpoints;
import app.parley.api.quotations.QuotationEndpoints;
import app.parley.crm.infrastructure.DynamoCustomerHistory;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.quotations.infrastructure.DynamoQuotations;
import app.parley.mail.infrastructure.OutboxMailer;
import app.parley.api.orders.OrderEndpoints;
import app.parley.api.platform.PlatformEndpoints;
import app.parley.api.platform.TenantAdministration;
import app.parley.api.reports.ReportEndpoints;
import app.parley.api.settings.SettingsEndpoints;
import app.parley.api.settings.WhatsAppTokenEndpoints;
import app.parley.api.settings.WhatsAppSessionEndpoints;
import app.parley.api.settings.WhatsAppTokenSecrets;
import app.parley.conversation.application.RequestingWhatsAppLogin;
import app.parley.conversation.infrastructure.DynamoUsageCounters;
import app.parley.conversation.infrastructure.DynamoWhatsAppLinks;
import app.parley.api.team.TeamEndpoints;
import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.auth.access.Permission;
import app.parley.auth.infrastructure.*;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.auth.throttling.GuardingLogins;
import app.parley.auth.throttling.LoginThrottle;
import app.parley.auth.tokens.AccessTokenSettings;
import app.parley.auth.tokens.AccessTokens;
import app.parley.auth.tokens.RefreshingSessions;
import app.parley.auth.tokens.SessionSettings;
import app.parley.auth.tokens.SigningKeys;
import app.parley.billing.infrastructure.BillingCore;
import app.parley.catalog.infrastructure.*;
import app.parley.config.Env;
import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.infrastructure.DynamoMessages;
import app.parley.messaging.infrastructure.SqsOutboundQueue;
import app.parley.messaging.infrastructure.SqsClients;
import app.parley.orders.infrastructure.DynamoOrders;
import app.parley.api.privacy.PrivacyEndpoints;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.media.infrastructure.MediaStores;
import app.parley.orders.infrastructure.SqsOrderDecisionQueue;
import app.parley.persistence.Tables;
import app.parley.privacy.application.ExportingTenantData;
import app.parley.privacy.application.HandlingDataRequests;
import app.parley.privacy.infrastructure.DynamoRetentionSettings;
import app.parley.privacy.infrastructure.DynamoTenantRecords;
import app.parley.reports.infrastructure.DynamoDailyFigures;
import app.parley.platform.infrastructure.DynamoAiProviders;
import app.parley.platform.application.Secrets;
import app.parley.platform.infrastructure.SecretStores;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.application.RegisteringTenants;
import app.parley.tenancy.infrastructure.DynamoPlatformSwitches;
import app.parley.tenancy.infrastructure.DynamoTenantPurge;
import app.parley.tenancy.infrastructure.DynamoTenants;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the router and every endpoint from the dependencies; once per container. */
public final class ApiWiring {
    private ApiWiring() {}

    /** Customer export and erasure, tenant export, message retention; media opened only when a request needs it. */
    private static PrivacyEndpoints privacy(Tables tables, Auditor auditor, Clock clock) {
        var records = new DynamoTenantRecords(tables.tenant());
        return new PrivacyEndpoints(new HandlingDataRequests(new DynamoCustomers(tables.tenant()), records, MediaStores.lazy(), clock),
                new ExportingTenantData(records, clock), new DynamoRetentionSettings(tables.tenant()), auditor);
    }

    public static Router router(ApiDependencies d) {
        Tables tables = d.tables();
        Clock clock = d.clock();
        var users = new app.parley.auth.infrastructure.DynamoUsers(tables);
        var tenants = new DynamoTenants(tables);
        var events = new DynamoAuditEvents(tables);
        var figures = new DynamoDailyFigures(tables.tenant());
        var auditor = new Auditor(events, clock, figures);
        var services = new DynamoServices(tables.tenant());
        var conversations = new DynamoConversations(tables.tenant());
        var messages = new DynamoMessages(tables.tenant());
        var orders = new DynamoOrders(tables);
        var mailer = new OutboxMailer(tables.platform(), clock);
        var accounts = new Accounts(users, d.hasher(), new PasswordResets(tables.platform()), mailer, clock);
        var accessTokens = new AccessTokens(d.signingKeys(), d.tokenSettings(), clock);
        var sessions = new RefreshingSessions(accessTokens, new DynamoRefreshTokenStore(tables),
                new DynamoCurrentPrincipals(users, tenants), SessionSettings.DEFAULT, clock);
        var throttle = LoginThrottle.withDefaults(new DynamoThrottleStore<>(tables.platform(), new FailureRecordCodec(),
                Duration.ofHours(13), clock), clock);
        var logins = new GuardingLogins(new DynamoCredentialStore(users, tenants), d.hasher(), throttle);

        List<Operation> operations = new ArrayList<>();
        operations.addAll(new AuthEndpoints(logins, sessions, accounts).operations());
        operations.addAll(new IssuerEndpoints(d.signingKeys(), d.tokenSettings()).operations());
        operations.addAll(new ServiceEndpoints(services, tenants, auditor).operations());
        operations.addAll(new KnowledgeEndpoints(new DynamoFaqs(tables.tenant()), new DynamoLookupTables(tables.tenant()), auditor,
                new DynamoLookupHistory(tables.tenant()), clock).operations());
        var whatsAppTokens = new WhatsAppTokenSecrets(d.secrets(), d.whatsAppTokenSecretName());
        var billing = d.billing();
        operations.addAll(new SettingsEndpoints(tenants, whatsAppTokens, auditor).operations());
        operations.addAll(new WhatsAppTokenEndpoints(whatsAppTokens, tenants, auditor).operations());
        var links = new DynamoWhatsAppLinks(tables.tenant(), tables.platform());
        operations.addAll(new WhatsAppSessionEndpoints(tenants, links, new RequestingWhatsAppLogin(tenants, links, clock),
                whatsAppTokens, auditor).operations());
        operations.addAll(new BillingEndpoints(billing.subscriptions(), billing.plans(), billing.standing(), billing.invoices()).operations());
        operations.addAll(new PlatformBillingEndpoints(billing.plans(), billing.definingPlans(), billing.startingTrials(),
                billing.subscriptions(), billing.standing(), billing.platformFigures(), tenants, auditor).operations());
        operations.addAll(new TeamEndpoints(users, d.hasher(), accounts, auditor, billing.seats()).operations());
        operations.addAll(new InboxEndpoints(conversations, messages, d.outbound(), auditor, clock).operations());
        operations.addAll(new OrderEndpoints(orders, services, d.orderDecisions(), auditor, clock).operations());
        var quotations = new DynamoQuotations(tables.tenant());
        var customers = new DynamoCustomers(tables.tenant());
        var customerHistory = new DynamoCustomerHistory(tables.tenant());
        operations.addAll(new QuotationEndpoints(quotations, services, customers, auditor, clock).operations());
        operations.addAll(new CustomerEndpoints(new CustomerEndpoints.Ports(customers, customerHistory, customerHistory, conversations,
                messages, orders, quotations), auditor).operations());
        operations.addAll(new ReportEndpoints(conversations, messages, orders, events, new DynamoUsageCounters(tables.tenant()), clock).operations());
        operations.addAll(CareWiring.operations(d, users, orders, mailer, auditor, figures));
        operations.addAll(new TenantAdministration(tenants, new RegisteringTenants(tenants, clock),
                new ChangingTenantLifecycle(tenants, new DynamoTenantPurge(tables)), users, d.hasher(), accounts, whatsAppTokens, auditor).operations());
        operations.addAll(new PlatformEndpoints(new DynamoPlatformSwitches(tables.platform()), new DynamoAiProviders(tables.platform()),
                d.secrets(), events, tenants, auditor, clock).operations());
        operations.addAll(Onboarding.operations(d, users, tenants, services, accounts, mailer, whatsAppTokens, auditor));
        operations.addAll(privacy(tables, auditor, clock).operations());
        if (d.devOutbox()) operations.add(outbox(mailer));
        operations.add(Operation.get("/health").tag("health").anyone().summary("Liveness").returns(Map.class)
                .handle(c -> Reply.ok(Map.of("status", "ok"))));
        List<Operation> servedElsewhere = new ArrayList<>(PaymentsWiring.described());
        servedElsewhere.addAll(DocumentsWiring.described());
        operations.add(openApi(operations, servedElsewhere));
        return new Router(operations, accessTokens, d.limits());
    }

    private static Operation outbox(OutboxMailer mailer) {
        return Operation.get("/api/dev/outbox").tag("dev").requires(Permission.PLATFORM_AUDIT_READ)
                .summary("Mails the local outbox holds, newest first (only when DEV_OUTBOX=on)").paged()
                .returnsList(OutboxMailer.OutboxMail.class)
                .handle(c -> Reply.ok(Listing.of(c.page(mailer::page), m -> m)));
    }

    /**
     * The document lists every operation, itself included, and those the payments and documents functions serve on the same API
     * ({@code servedElsewhere}); built on first request and kept.
     */
    private static Operation openApi(List<Operation> others, List<Operation> servedElsewhere) {
        List<Operation> all = new ArrayList<>(others);
        all.addAll(servedElsewhere);
        Supplier<Map<String, Object>> document = new Supplier<>() {
            private volatile Map<String, Object> built;

            @Override
            public Map<String, Object> get() {
                if (built == null) built = OpenApi.document(all);
                return built;
            }
        };
        Operation self = Operation.get("/api/openapi.json").tag("meta").anyone().summary("This document (OpenAPI 3.1)")
                .returns(Map.class).handle(c -> Reply.ok(document.get()));
        all.add(self);
        return self;
    }

    /** Real clients from the environment (Lambda and the local stack). */
    public static ApiDependencies fromEnvironment() {
        ApiPriming.startAlongside();
        Tables tables = Tables.fromEnvironment(TenantCryptos.fromEnvironment());
        Secrets secrets = SecretStores.fromEnvironment();
        var outbound = new SqsOutboundQueue(SqsOutboundQueue.clientFromEnvironment(), Env.require("OUTBOUND_QUEUE_URL"));
        var tokenSettings = AccessTokenSettings.of(Env.get("JWT_ISSUER", "parley"), Env.get("JWT_AUDIENCE", "parley-admin-api"));
        Clock clock = Clock.systemUTC();
        return new ApiDependencies(tables, signingKeys(secrets), tokenSettings, PasswordHasher.owasp(), outbound, secrets,
                Limits.fromEnvironment(clock), clock, "on".equals(Env.get("DEV_OUTBOX", "off")),
                BillingCore.fromEnvironment(tables, clock),
                Env.get("WHATSAPP_TOKEN_SECRET_NAME", "parley/local/tenants/{tenantId}/whatsapp-token"),
                new SqsOrderDecisionQueue(SqsClients.shared(), Env.require("ORDER_DECISIONS_QUEUE_URL")));
    }

    /** The token signing keys of the environment ({@link SigningKeySources}). */
    static SigningKeys signingKeys(Secrets secrets) { return SigningKeySources.fromEnvironment(secrets); }

    static SigningKeys signingKeys(Secrets secrets, String secretId, boolean local) {
        return SigningKeySources.fromSecret(secrets, secretId, local);
    }
}
