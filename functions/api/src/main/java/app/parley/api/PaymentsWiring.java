package app.parley.api;

import app.parley.api.audit.Auditor;
import app.parley.api.billing.PaymentEndpoints;
import app.parley.api.http.Operation;
import app.parley.api.http.Router;
import app.parley.audit.infrastructure.DynamoAuditEvents;
import app.parley.auth.infrastructure.DynamoUsers;
import app.parley.auth.tokens.AccessTokens;
import app.parley.reports.infrastructure.DynamoDailyFigures;
import app.parley.tenancy.infrastructure.DynamoTenants;
import java.util.List;

/**
 * The admin API's operation that needs Stripe (paying through a Checkout page), routed by the payments function with
 * the admin API's own router: the same token check, roles, rate limits, tenant scoping and error JSON. The admin API
 * function describes it in its OpenAPI document ({@link #described()}).
 */
public final class PaymentsWiring {
    private PaymentsWiring() {}

    public static Router router(PaymentsDependencies d) {
        var tables = d.tables();
        var auditor = new Auditor(new DynamoAuditEvents(tables), d.clock(), new DynamoDailyFigures(tables.tenant()));
        List<Operation> operations = new PaymentEndpoints(d.billing().checkingOut(d.payments()), new DynamoTenants(tables),
                new DynamoUsers(tables), auditor).operations();
        return new Router(operations, new AccessTokens(d.signingKeys(), d.tokenSettings(), d.clock()), d.limits());
    }

    /** The operations {@link #router} serves, for the admin API function's document. */
    public static List<Operation> described() { return PaymentEndpoints.described(); }
}
