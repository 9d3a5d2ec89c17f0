package app.parley.assistant.model;

import java.util.List;
import java.util.Set;

/**
 * An order request for staff to approve or reject; never an order. No total: a person confirms it.
 *
 * @param missing details the customer did not give yet (staff will ask)
 */
public record OrderDraft(List<OrderLine> lines, CustomerDetails details, Set<DetailField> missing) {
    public OrderDraft {
        lines = List.copyOf(lines);
        missing = Set.copyOf(missing);
    }
}
