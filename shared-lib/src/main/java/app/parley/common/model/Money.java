package app.parley.common.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in one ISO-4217 currency. Never a double; stored as a decimal string. */
public record Money(BigDecimal amount, Currency currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.UNNECESSARY);
    }

    /** Parses a decimal string such as {@code "72.50"}; rejects more decimals than the currency has. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) throw new IllegalArgumentException("currencies differ");
        return new Money(amount.add(other.amount), currency);
    }

    /** The decimal string kept in storage and in JSON, e.g. {@code "500.00"}. */
    public String toDecimalString() {
        return amount.toPlainString();
    }
}
