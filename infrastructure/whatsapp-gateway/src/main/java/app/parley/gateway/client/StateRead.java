package app.parley.gateway.client;

/** What came of reading one stored part of a session. */
public sealed interface StateRead {
    record Found(byte[] bytes) implements StateRead {}

    record Missing() implements StateRead {}

    /** Present but cannot be opened: tampered, moved from another tenant, or its key was refused. */
    record Refused(String reason) implements StateRead {}
}
