package app.parley.assistant.model;

import app.parley.common.model.Money;

/** A line of an order request: a catalog service at its catalog unit price. */
public record OrderLine(String serviceId, String name, Money unitPrice, int quantity) {
    public static OrderLine of(CatalogService service, int quantity) {
        return new OrderLine(service.id(), service.name(), service.price(), quantity);
    }
}
