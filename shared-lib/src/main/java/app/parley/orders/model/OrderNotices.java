package app.parley.orders.model;

import app.parley.common.model.Money;

/**
 * The customer's message about a decided order, rendered by code from the stored order: every line at the
 * catalog price it was approved at, and the total. A rejection is one polite sentence, never the staff's reason.
 */
public final class OrderNotices {
    private OrderNotices() {}

    public static String render(Order order) {
        return switch (order.status()) {
            case APPROVED -> approved(order);
            case REJECTED, CANCELLED -> declined(order);
            case PENDING -> throw new IllegalArgumentException("a pending order has no notice");
        };
    }

    private static String approved(Order order) {
        var text = new StringBuilder("Good news: your order has been approved.\n");
        for (OrderLine line : order.lines()) {
            text.append("\n").append(line.quantity()).append(" x ").append(line.name()).append(" - ")
                    .append(amount(line.unitPrice())).append(" each = ").append(amount(line.total()));
        }
        text.append("\n\nTotal: ").append(amount(order.total()))
                .append("\nReference: ").append(order.id().value())
                .append("\n\nThank you! Reply here if you have any questions.");
        return text.toString();
    }

    private static String declined(Order order) {
        return "Thank you for your order request (reference " + order.id().value() + "). We are sorry, but we cannot accept it "
                + "this time. Reply here and a member of our team will gladly help you find an alternative.";
    }

    private static String amount(Money money) {
        return money.currency().getCurrencyCode() + " " + money.toDecimalString();
    }
}
