package app.parley.orders.application;

import app.parley.orders.model.OrderId;
import java.util.List;

/** What became of one order request from the assistant. Nothing here confirms anything to the customer. */
public sealed interface PlacementOutcome {
    /** A PENDING order waits for staff; {@code refused} lists lines that did not match the catalog (escalated). */
    record Placed(OrderId order, boolean firstTime, List<String> refused) implements PlacementOutcome {}

    /** No line matched the current catalog: no order, the conversation is escalated to staff. */
    record Refused(List<String> refused) implements PlacementOutcome {}
}
