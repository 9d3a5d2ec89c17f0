package app.parley.catalog.model.imports;

import app.parley.common.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The catalog import format: a header row naming the columns ({@code name} and {@code price} required;
 * {@code description} and {@code keywords}, separated by {@code ;} or {@code |}, optional; any order,
 * any case), then one service per row. Checks every row and says what is wrong where; never half-reads.
 */
public final class CatalogFile {
    public static final int MAX_ROWS = 10_000;
    public static final List<String> COLUMNS = List.of("name", "price", "description", "keywords");
    private static final Pattern PRICE = Pattern.compile("[0-9]{1,12}(\\.[0-9]+)?");
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 2_000;

    private CatalogFile() {}

    /** @param existingNames names already in the tenant's catalog (any case) */
    public static ImportCheck check(String text, Currency currency, Set<String> existingNames) {
        if (text == null || text.isBlank()) return fileProblem("The file is empty; the first row names the columns (name, price, ...).");
        return switch (CsvReader.read(text)) {
            case CsvReader.Parsed.Malformed m -> new ImportCheck(List.of(), List.of(new RowProblem(m.line(), null,
                    "Row " + m.line() + " " + m.reason() + "; the file could not be read past it.")), 0);
            case CsvReader.Parsed.Records r -> check(r.records(), currency, lowered(existingNames));
        };
    }

    private static ImportCheck check(List<CsvReader.Record> records, Currency currency, Set<String> existing) {
        CsvReader.Record header = records.getFirst();
        List<String> columns = header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        List<RowProblem> headerProblems = headerProblems(columns);
        if (!headerProblems.isEmpty()) return new ImportCheck(List.of(), headerProblems, 0);
        List<CsvReader.Record> rows = records.subList(1, records.size()).stream().filter(r -> !r.blank()).toList();
        if (rows.isEmpty()) return fileProblem("The file has a header but no rows to import.");
        if (rows.size() > MAX_ROWS) {
            return fileProblem("The file has " + rows.size() + " rows; at most " + MAX_ROWS + " can be imported at once.");
        }
        return checkRows(rows, columns, currency, existing);
    }

    private static ImportCheck checkRows(List<CsvReader.Record> rows, List<String> columns, Currency currency, Set<String> existing) {
        List<ImportLine> lines = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvReader.Record row : rows) {
            List<RowProblem> found = new ArrayList<>();
            ImportLine line = line(row, columns, currency, found);
            if (line != null) {
                String key = line.name().toLowerCase(Locale.ROOT);
                Integer first = seen.putIfAbsent(key, row.line());
                if (first != null) {
                    found.add(new RowProblem(row.line(), "name", "\"" + line.name() + "\" is already on row " + first + " of this file."));
                } else if (existing.contains(key)) {
                    found.add(new RowProblem(row.line(), "name", "\"" + line.name() + "\" is already in your catalog."));
                }
            }
            if (found.isEmpty()) lines.add(line);
            problems.addAll(found);
        }
        return new ImportCheck(lines, problems, rows.size());
    }

    private static ImportLine line(CsvReader.Record row, List<String> columns, Currency currency, List<RowProblem> found) {
        int n = row.line();
        if (row.fields().size() != columns.size()) {
            found.add(new RowProblem(n, null, "Row " + n + " has " + row.fields().size() + " " + plural(row.fields().size(), "column")
                    + " but the header has " + columns.size() + "; check for a missing or extra comma."));
            return null;
        }
        Map<String, String> value = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) value.put(columns.get(i), row.fields().get(i).strip());
        String name = value.get("name");
        if (name.isEmpty()) found.add(new RowProblem(n, "name", "The name is empty."));
        else if (name.length() > MAX_NAME) found.add(new RowProblem(n, "name", "The name is longer than " + MAX_NAME + " characters."));
        Money price = price(n, value.get("price"), currency, found);
        String description = value.getOrDefault("description", "");
        if (description.length() > MAX_DESCRIPTION) {
            found.add(new RowProblem(n, "description", "The description is longer than " + MAX_DESCRIPTION + " characters."));
        }
        if (!found.isEmpty()) return null;
        return new ImportLine(n, name, price, description.isEmpty() ? null : description, keywords(value.getOrDefault("keywords", "")));
    }

    private static Money price(int n, String raw, Currency currency, List<RowProblem> found) {
        String text = raw.replace(" ", "");
        if (text.isEmpty()) {
            found.add(new RowProblem(n, "price", "The price is empty."));
        } else if (text.startsWith("-") && PRICE.matcher(text.substring(1)).matches()) {
            found.add(new RowProblem(n, "price", "The price " + raw + " is negative; prices are 0 or more."));
        } else if (!PRICE.matcher(text).matches()) {
            found.add(new RowProblem(n, "price", "The price \"" + raw + "\" is not a number; write it like 72.50 (a dot, no currency sign)."));
        } else {
            BigDecimal amount = new BigDecimal(text);
            int digits = Math.max(currency.getDefaultFractionDigits(), 0);
            if (amount.scale() <= digits) return new Money(amount, currency);
            found.add(new RowProblem(n, "price", "The price " + raw + " has more decimals than " + currency.getCurrencyCode()
                    + " allows (" + digits + ")."));
        }
        return null;
    }

    private static List<RowProblem> headerProblems(List<String> columns) {
        List<RowProblem> problems = new ArrayList<>();
        for (String column : columns) {
            if (!COLUMNS.contains(column)) {
                problems.add(new RowProblem(1, column, "The header has an unknown column \"" + column + "\"; the columns are "
                        + String.join(", ", COLUMNS) + "."));
            } else if (columns.indexOf(column) != columns.lastIndexOf(column)) {
                if (problems.stream().noneMatch(p -> column.equals(p.column()))) {
                    problems.add(new RowProblem(1, column, "The header names the column \"" + column + "\" twice."));
                }
            }
        }
        for (String required : List.of("name", "price")) {
            if (!columns.contains(required)) {
                problems.add(new RowProblem(1, required, "The header has no \"" + required + "\" column; it is required."));
            }
        }
        return problems;
    }

    private static List<String> keywords(String raw) {
        if (raw.isBlank()) return List.of();
        return Arrays.stream(raw.split("[;|]")).map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
    }

    private static Set<String> lowered(Set<String> names) {
        Set<String> lowered = new java.util.HashSet<>();
        names.forEach(n -> lowered.add(n.toLowerCase(Locale.ROOT)));
        return lowered;
    }

    private static ImportCheck fileProblem(String message) {
        return new ImportCheck(List.of(), List.of(new RowProblem(0, null, message)), 0);
    }

    private static String plural(int n, String word) { return n == 1 ? word : word + "s"; }
}
