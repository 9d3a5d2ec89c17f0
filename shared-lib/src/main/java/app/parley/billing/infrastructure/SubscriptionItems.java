package app.parley.billing.infrastructure;

import app.parley.billing.model.PlanId;
import app.parley.billing.model.Subscription;
import app.parley.billing.model.SubscriptionStatus;
import app.parley.common.model.Money;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.TenantItem;
import app.parley.tenancy.model.TenantId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The subscription item (tenant table) and its registry line (platform table, listed by deadline). */
final class SubscriptionItems {
    private SubscriptionItems() {}

    static TenantItem subscription(Subscription s) {
        return TenantItem.of(s.tenant(), Keys.billing(s.tenant()), Keys.SUBSCRIPTION)
                .with("planId", s.plan().value()).with("price", s.monthlyPrice().toDecimalString())
                .with("currency", s.monthlyPrice().currency().getCurrencyCode()).with("status", s.status().name())
                .with("startedAt", s.startedAt()).with("trialEndsAt", s.trialEndsAt())
                .with("paidThrough", s.paidThrough()).with("graceEndsAt", s.graceEndsAt())
                .with("everPaid", s.everPaid()).with("customerId", s.providerCustomerId()).with("version", s.version());
    }

    static PlatformItem registryLine(Subscription s) {
        PlatformItem line = PlatformItem.of(Keys.platformSubscriptions(), s.tenant().value())
                .with("tenantId", s.tenant().value()).with("status", s.status().name());
        s.deadline().ifPresent(d -> line.listedUnder(Keys.platformBillingDue(), Keys.billingDueSort(d, s.tenant())));
        return line;
    }

    static Subscription subscription(Map<String, AttributeValue> i, TenantId tenant) {
        return new Subscription(tenant, new PlanId(Attrs.str(i, "planId")),
                Money.of(Attrs.str(i, "price"), Attrs.str(i, "currency")), SubscriptionStatus.valueOf(Attrs.str(i, "status")),
                Attrs.instant(i, "startedAt"), Attrs.instant(i, "trialEndsAt"), Attrs.instant(i, "paidThrough"),
                Attrs.instant(i, "graceEndsAt"), Attrs.flag(i, "everPaid"), Attrs.optStr(i, "customerId"), Attrs.num(i, "version"));
    }
}
