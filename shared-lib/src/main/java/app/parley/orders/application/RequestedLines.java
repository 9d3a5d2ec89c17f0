package app.parley.orders.application;

import app.parley.catalog.model.Service;
import app.parley.orders.model.OrderLine;
import app.parley.orders.model.RequestedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Requested lines against the current catalog: accepted at the catalog's name and price, or refused with why. */
record RequestedLines(List<OrderLine> accepted, List<String> refused) {
    static RequestedLines check(List<RequestedLine> lines, Map<String, Service> catalog) {
        var accepted = new ArrayList<OrderLine>();
        var refused = new ArrayList<String>();
        for (RequestedLine line : lines) {
            Service service = catalog.get(line.serviceId());
            if (service == null) refused.add("unknown service " + line.serviceId());
            else if (!service.price().equals(line.unitPrice())) refused.add("price of " + service.name() + " differs from the catalog");
            else accepted.add(new OrderLine(service.id(), service.name(), service.price(), line.quantity()));
        }
        if (lines.isEmpty()) refused.add("no lines");
        return new RequestedLines(List.copyOf(accepted), List.copyOf(refused));
    }
}
