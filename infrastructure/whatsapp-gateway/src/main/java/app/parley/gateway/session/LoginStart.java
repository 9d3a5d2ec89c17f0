package app.parley.gateway.session;

import app.parley.gateway.client.SessionRef;

/** What came of asking for a login: the admin screen then polls the session record for the code. */
public sealed interface LoginStart {
    record Started(SessionRef session, String requestId) implements LoginStart {}

    record Refused(String reason) implements LoginStart {}
}
