package app.parley.privacy.model;

/** What erasing a customer did. */
public sealed interface ErasureOutcome {
    record Erased(int records, int mediaObjects) implements ErasureOutcome {}

    record NotFound() implements ErasureOutcome {}
}
