package app.parley.billing.model;

import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Invoice lines for one period: the subscription at its locked monthly price, then usage over
 * the plan's included amounts at the plan's per-unit rates.
 *
 * <p>Rounding: each line is rounded once, HALF_EVEN (banker's rounding, no upward bias over many
 * lines), to the currency's minor unit (2 decimals for USD/EUR/BRL, 0 for JPY); the total is the
 * sum of the rounded lines, so the printed lines always add up to the printed total.
 */
public final class InvoiceCalculator {
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private InvoiceCalculator() {}

    public static InvoiceDraft draft(TenantId tenant, Plan plan, Money monthlyPrice, UsageTotals usage) {
        Currency currency = monthlyPrice.currency();
        List<InvoiceLine> lines = new ArrayList<>();
        lines.add(new InvoiceLine("Plan " + plan.name() + ", " + usage.period(), BigDecimal.ONE, monthlyPrice.amount(), monthlyPrice));
        long extraMessages = usage.messages() - plan.includedMessages();
        if (extraMessages > 0) {
            lines.add(line("Messages over the " + plan.includedMessages() + " included", extraMessages, plan.messageOverageRate(), currency));
        }
        long extraTokens = usage.aiTokens() - plan.includedAiTokens();
        if (extraTokens > 0) {
            lines.add(line("AI tokens over the " + plan.includedAiTokens() + " included", extraTokens, plan.aiTokenOverageRate(), currency));
        }
        Money total = lines.stream().map(InvoiceLine::amount).reduce(Money::plus).orElseThrow();
        return new InvoiceDraft(tenant, usage.period(), lines, total);
    }

    static InvoiceLine line(String description, long quantity, BigDecimal rate, Currency currency) {
        BigDecimal exact = rate.multiply(BigDecimal.valueOf(quantity));
        return new InvoiceLine(description, BigDecimal.valueOf(quantity), rate, round(exact, currency));
    }

    public static Money round(BigDecimal exact, Currency currency) {
        return new Money(exact.setScale(Math.max(currency.getDefaultFractionDigits(), 0), ROUNDING), currency);
    }
}
