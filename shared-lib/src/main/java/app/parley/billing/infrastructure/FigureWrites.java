package app.parley.billing.infrastructure;

import app.parley.billing.application.SubscriptionChange;
import app.parley.billing.model.FigureDelta;
import app.parley.billing.model.UsageEvent;
import app.parley.common.model.Money;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformTable;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/** The counter updates (all-time and this month) and the revenue line a subscription change adds. */
final class FigureWrites {
    static final String MRR = "mrr_";
    static final String PAID = "paid_";

    private FigureWrites() {}

    static List<TransactWriteItem> of(PlatformTable platform, SubscriptionChange change, TenantId tenant, Instant now) {
        List<TransactWriteItem> writes = new ArrayList<>();
        FigureDelta delta = change.figures();
        if (!delta.isEmpty()) {
            Expression add = counters(delta);
            writes.add(platform.updateInTransaction(Keys.platformFigures(), Keys.FIGURES_ALL, add));
            writes.add(platform.updateInTransaction(Keys.platformFigures(), Keys.figuresMonth(UsageEvent.BillingPeriod.of(now)), add));
        }
        change.revenue().ifPresent(paid -> writes.add(platform.updateInTransaction(Keys.platformRevenue(), tenant.value(), revenue(tenant, paid))));
        return writes;
    }

    private static Expression counters(FigureDelta d) {
        return new Expression("ADD #ts :ts, #tc :tc, #a :a, #su :su, #ch :ch, #mrr :mrr",
                null, Map.of("#mrr", MRR + d.currency().getCurrencyCode(), "#ts", "trialsStarted", "#tc", "trialsConverted",
                        "#a", "active", "#su", "suspensions", "#ch", "churned"),
                Map.of(":ts", Attrs.n(d.trialsStarted()), ":tc", Attrs.n(d.trialsConverted()), ":a", Attrs.n(d.active()),
                        ":su", Attrs.n(d.suspensions()), ":ch", Attrs.n(d.churned()), ":mrr", Attrs.n(d.mrr())));
    }

    private static Expression revenue(TenantId tenant, Money paid) {
        return new Expression("SET #tenant = :t ADD #paid :amount", null,
                Map.of("#paid", PAID + paid.currency().getCurrencyCode(), "#tenant", "tenantId"),
                Map.of(":t", Attrs.s(tenant.value()), ":amount", Attrs.n(paid.amount())));
    }
}
