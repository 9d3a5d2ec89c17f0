package app.parley.assistant.model;

/** A wanted catalog item, by id only: its name and price are always read from the catalog. */
public record DraftItem(String serviceId, int quantity) {
    public DraftItem {
        if (quantity < 1) throw new IllegalArgumentException("quantity must be positive");
    }
}
