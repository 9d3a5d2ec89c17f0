package app.parley.billing.model;

import app.parley.common.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The super admin's billing view, read from counters the billing function maintains.
 * Trial conversion = trials converted / trials started; churn = paying subscriptions cancelled
 * / subscriptions that ever paid (both 0 when the denominator is 0, 4 decimals, HALF_EVEN).
 */
public record PlatformFigures(List<Money> mrr, long activeSubscriptions, long trialsStarted, long trialsConverted,
                              long suspensions, long churned, List<TenantRevenue> revenuePerTenant) {
    public PlatformFigures {
        mrr = List.copyOf(mrr);
        revenuePerTenant = List.copyOf(revenuePerTenant);
    }

    public BigDecimal trialConversion() { return ratio(trialsConverted, trialsStarted); }

    public BigDecimal churnRate() { return ratio(churned, trialsConverted); }

    private static BigDecimal ratio(long part, long whole) {
        if (whole == 0) return BigDecimal.ZERO.setScale(4, RoundingMode.UNNECESSARY);
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }
}
