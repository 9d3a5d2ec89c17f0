package app.parley.common.model;

/** The result of an optimistic (versioned) write: saved with the new version, or someone else wrote first. */
public sealed interface SaveOutcome<T> {
    record Saved<T>(T value) implements SaveOutcome<T> {}
    record Stale<T>() implements SaveOutcome<T> {}
}
