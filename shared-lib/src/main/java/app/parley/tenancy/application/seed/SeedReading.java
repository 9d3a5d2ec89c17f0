package app.parley.tenancy.application.seed;

import java.util.List;

/** The outcome of reading a seed file: every value valid, or the list of problems. */
public sealed interface SeedReading {
    record Valid(SeedFile seed) implements SeedReading {}

    record Invalid(List<SeedProblem> problems) implements SeedReading {
        public String summary() {
            return "The seed file was refused: " + String.join("; ", problems.stream().map(SeedProblem::toString).toList());
        }
    }
}
