package app.parley.assistant.rendering;

import app.parley.common.model.Money;

/**
 * One clear format per currency, always the exact catalog amount with all its decimals and no
 * thousands separator: ₹8000.00, $59.00, £12.50, R$ 180,00, 45,00 €; others as "CHF 20.00".
 */
public final class MoneyFormat {
    private MoneyFormat() {}

    public static String format(Money money) {
        String dot = money.amount().toPlainString();
        return switch (money.currency().getCurrencyCode()) {
            case "INR" -> "₹" + dot;
            case "USD" -> "$" + dot;
            case "GBP" -> "£" + dot;
            case "BRL" -> "R$ " + dot.replace('.', ',');
            case "EUR" -> dot.replace('.', ',') + " €";
            default -> money.currency().getCurrencyCode() + " " + dot;
        };
    }
}
