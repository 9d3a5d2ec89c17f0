package app.parley.api.catalog;

import app.parley.api.http.ApiProblem;
import app.parley.common.model.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** A price typed by staff: a plain decimal string with no more decimals than the tenant's currency has. */
final class Prices {
    private Prices() {}

    static Money parse(String field, String price, Currency currency) {
        if (!price.matches("[0-9]{1,12}(\\.[0-9]{1,4})?")) {
            throw ApiProblem.invalid(field, "is a decimal string such as \"72.50\", not negative.");
        }
        BigDecimal amount = new BigDecimal(price);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.scale() > digits) {
            throw ApiProblem.invalid(field, "has more decimals than " + currency.getCurrencyCode() + " allows (" + digits + ").");
        }
        return new Money(amount, currency);
    }
}
