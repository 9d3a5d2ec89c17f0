package app.parley.catalog.model.imports;

/**
 * What is wrong with one row of an import file, as a sentence for the person fixing it.
 *
 * @param row    the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column's header name, or null when the whole row (or file) is wrong
 */
public record RowProblem(int row, String column, String message) {}
