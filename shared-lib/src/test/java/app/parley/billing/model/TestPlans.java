package app.parley.billing.model;

import app.parley.common.model.Money;
import java.math.BigDecimal;

/** Plans the billing tests share. */
public final class TestPlans {
    private TestPlans() {}

    /** USD 49.00 a month, 1,000 messages and 100,000 AI tokens included, 14 days of trial. */
    public static Plan starter() {
        return new Plan(PlanId.newId(), "Starter", Money.of("49.00", "USD"), 1_000, 100_000,
                new BigDecimal("0.0125"), new BigDecimal("0.000002"), 3, 1, 14);
    }
}
