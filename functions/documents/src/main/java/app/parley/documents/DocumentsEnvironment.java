package app.parley.documents;

import app.parley.api.DocumentsDependencies;
import app.parley.api.DocumentsWiring;
import app.parley.api.SigningKeySources;
import app.parley.api.http.Limits;
import app.parley.api.http.Router;
import app.parley.auth.tokens.AccessTokenSettings;
import app.parley.billing.infrastructure.BillingCore;
import app.parley.billing.infrastructure.PdfInvoices;
import app.parley.config.Env;
import app.parley.media.infrastructure.MediaStores;
import app.parley.messaging.infrastructure.SqsOutboundQueue;
import app.parley.persistence.Tables;
import app.parley.platform.infrastructure.SecretStores;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.quotations.infrastructure.PdfQuotations;
import java.time.Clock;

/**
 * Real clients from the environment (Lambda and the local stack): the admin API's {@code TENANT_TABLE}, {@code PLATFORM_TABLE},
 * {@code JWT_*}, {@code API_RATE_*}, {@code OUTBOUND_QUEUE_URL}; {@code MEDIA_BUCKET} and {@code DATA_KEY_ARN} for quotation PDFs; {@code BILLING_GRACE_DAYS}.
 */
final class DocumentsEnvironment {
    private DocumentsEnvironment() {}

    static Router router() {
        DocumentsPriming.startAlongside();
        Tables tables = Tables.fromEnvironment(TenantCryptos.fromEnvironment());
        Clock clock = Clock.systemUTC();
        var tokenSettings = AccessTokenSettings.of(Env.get("JWT_ISSUER", "parley"), Env.get("JWT_AUDIENCE", "parley-admin-api"));
        return DocumentsWiring.router(new DocumentsDependencies(tables, SigningKeySources.fromEnvironment(SecretStores.fromEnvironment()),
                tokenSettings, Limits.fromEnvironment(clock), clock, BillingCore.fromEnvironment(tables, clock),
                new PdfInvoices(), new PdfQuotations(),
                MediaStores.fromEnvironment(), new SqsOutboundQueue(SqsOutboundQueue.clientFromEnvironment(), Env.require("OUTBOUND_QUEUE_URL"))));
    }
}
