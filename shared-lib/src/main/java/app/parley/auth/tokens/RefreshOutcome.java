package app.parley.auth.tokens;

/** What {@link RefreshingSessions#refresh} did. Anything but {@link Refreshed} is a 401. */
public sealed interface RefreshOutcome {
    record Refreshed(SessionTokens tokens) implements RefreshOutcome {}

    /** An already used token came back: someone holds a copy. The whole family is now revoked. */
    record ReuseDetected(SessionRef session) implements RefreshOutcome {}

    record Rejected(Reason reason) implements RefreshOutcome {}

    enum Reason { MALFORMED, UNKNOWN, EXPIRED, REVOKED, ACCOUNT_DISABLED }
}
