package app.parley.billing.model;

import app.parley.common.model.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What a tenant buys, defined by the super admin. The plan's currency is its monthly price's.
 * Overage rates are prices per single unit (one message, one AI token) in that currency, with
 * as many decimals as needed; invoice lines are rounded, rates never are.
 */
public record Plan(PlanId id, String name, Money monthlyPrice, long includedMessages, long includedAiTokens,
                   BigDecimal messageOverageRate, BigDecimal aiTokenOverageRate, int maxUsers, int maxNumbers,
                   int trialDays) {
    public Plan {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name");
        Objects.requireNonNull(monthlyPrice, "monthlyPrice");
        if (monthlyPrice.isNegative()) throw new IllegalArgumentException("monthlyPrice");
        if (includedMessages < 0 || includedAiTokens < 0) throw new IllegalArgumentException("included usage");
        requireRate(messageOverageRate, "messageOverageRate");
        requireRate(aiTokenOverageRate, "aiTokenOverageRate");
        if (maxUsers < 1 || maxNumbers < 1) throw new IllegalArgumentException("limits");
        if (trialDays < 0 || trialDays > 365) throw new IllegalArgumentException("trialDays");
    }

    public Currency currency() { return monthlyPrice.currency(); }

    private static void requireRate(BigDecimal rate, String name) {
        if (rate == null || rate.signum() < 0) throw new IllegalArgumentException(name);
    }
}
