package app.parley.catalog.model.imports;

import java.util.List;

/** An import file read and checked: the rows it would create, and everything wrong with it. Importable only without problems. */
public record ImportCheck(List<ImportLine> lines, List<RowProblem> problems, int rowsRead) {
    public ImportCheck {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public boolean importable() { return problems.isEmpty() && !lines.isEmpty(); }
}
