package app.parley.catalog.model.imports;

import app.parley.common.model.Money;
import java.util.List;

/** One valid row of an import: a service to create, at the price the file gives. */
public record ImportLine(int row, String name, Money price, String description, List<String> keywords) {
    public ImportLine { keywords = List.copyOf(keywords); }
}
