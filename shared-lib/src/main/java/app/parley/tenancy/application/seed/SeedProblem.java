package app.parley.tenancy.application.seed;

/** One thing wrong with a seed file: where ({@code tenants[1].services[2].price}) and what. */
public record SeedProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
