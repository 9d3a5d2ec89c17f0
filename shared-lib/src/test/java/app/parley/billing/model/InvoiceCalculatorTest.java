package app.parley.billing.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceCalculatorTest {
    private final TenantId tenant = TenantId.newId();
    private final Plan starter = TestPlans.starter();

    @Test
    void usage_within_the_plan_is_the_monthly_price_only() {
        InvoiceDraft draft = InvoiceCalculator.draft(tenant, starter, starter.monthlyPrice(),
                usage(Map.of("MESSAGE_IN", 600L, "MESSAGE_OUT", 400L, "AI_INPUT_TOKENS|openai|gpt-4o-mini", 100_000L)));
        assertThat(draft.lines()).hasSize(1);
        assertThat(draft.total()).isEqualTo(Money.of("49.00", "USD"));
    }

    @Test
    void overage_by_hand() {
        // messages: 7,000 + 6,345 - 1,000 included = 12,345 x 0.0125 = 154.3125 -> 154.31
        // tokens: 800,000 + 534,567 - 100,000 = 1,234,567 x 0.000002 = 2.469134 -> 2.47
        // total: 49.00 + 154.31 + 2.47 = 205.78
        InvoiceDraft draft = InvoiceCalculator.draft(tenant, starter, starter.monthlyPrice(), usage(Map.of(
                "MESSAGE_IN", 7_000L, "MESSAGE_OUT", 6_345L,
                "AI_INPUT_TOKENS|openai|gpt-4o-mini", 800_000L, "AI_OUTPUT_TOKENS|bedrock|claude", 534_567L,
                "MEDIA_BYTES", 9_999_999L)));
        assertThat(draft.lines()).extracting(l -> l.amount().toDecimalString()).containsExactly("49.00", "154.31", "2.47");
        assertThat(draft.lines().get(1).quantity()).isEqualByComparingTo("12345");
        assertThat(draft.total()).isEqualTo(Money.of("205.78", "USD"));
    }

    @Test
    void the_total_is_the_sum_of_rounded_lines_not_the_rounded_exact_sum() {
        // 1 message over at 0.005 = 0.005 -> 0.00 (half-even); 1 token over at 0.005 -> 0.00: total 10.00, not 10.01
        Plan plan = new Plan(PlanId.newId(), "Edge", Money.of("10.00", "EUR"), 0, 0,
                new BigDecimal("0.005"), new BigDecimal("0.005"), 1, 1, 0);
        InvoiceDraft draft = InvoiceCalculator.draft(tenant, plan, plan.monthlyPrice(),
                usage(Map.of("MESSAGE_OUT", 1L, "AI_OUTPUT_TOKENS|openai|gpt-4o", 1L)));
        assertThat(draft.total()).isEqualTo(Money.of("10.00", "EUR"));
    }

    @ParameterizedTest(name = "{0} x {1} {2} = {3}")
    @CsvSource({
            "1, 0.125, USD, 0.12",   // half-even: a tie goes to the even cent
            "1, 0.135, USD, 0.14",
            "3, 0.0125, USD, 0.04",  // 0.0375: not a tie
            "7, 1.5, JPY, 10",       // 10.5 yen: no minor unit, tie to even
            "9, 1.5, JPY, 14",       // 13.5 -> 14
            "1, 0.0005, BHD, 0.000", // three decimals for the Bahraini dinar: 0.0005 -> 0.000
            "123456789, 0.0000001, USD, 12.35"})
    void each_line_is_rounded_half_even_to_the_currency_minor_unit(long quantity, String rate, String currency, String expected) {
        InvoiceLine line = InvoiceCalculator.line("x", quantity, new BigDecimal(rate), Currency.getInstance(currency));
        assertThat(line.amount().toDecimalString()).isEqualTo(expected);
    }

    private static UsageTotals usage(Map<String, Long> counters) {
        return new UsageTotals("2025-03", counters);
    }
}
