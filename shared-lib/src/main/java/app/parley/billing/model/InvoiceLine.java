package app.parley.billing.model;

import app.parley.common.model.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** One line: quantity × unit price, rounded once to the currency's minor unit ({@link InvoiceCalculator}). */
public record InvoiceLine(String description, BigDecimal quantity, BigDecimal unitPrice, Money amount) {
    public InvoiceLine {
        if (description == null || description.isBlank()) throw new IllegalArgumentException("description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
    }
}
