package app.parley.auth.access;

/** What {@link AccessPolicy} says: go ahead, or 403 with a reason fit for a log line. */
public sealed interface AccessDecision {
    record Allowed() implements AccessDecision {}

    record Forbidden(String reason) implements AccessDecision {}

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
