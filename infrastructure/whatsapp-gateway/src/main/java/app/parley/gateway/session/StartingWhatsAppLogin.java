package app.parley.gateway.session;

import app.parley.common.model.Ids;
import app.parley.conversation.model.SessionId;
import app.parley.gateway.client.Login;
import app.parley.gateway.client.SessionRef;
import app.parley.gateway.lease.LoginRequest;
import app.parley.gateway.lease.SessionLeases;
import java.time.Clock;

/**
 * Called by the admin API. Only writes: the session record shows CONNECTING at once, and the
 * registry entry carries the login request; whichever gateway task holds (or next claims) the
 * session starts the login and publishes the QR or pairing code on the session record.
 */
public final class StartingWhatsAppLogin {
    private final SessionLeases leases;
    private final SessionBoard board;
    private final Clock clock;

    public StartingWhatsAppLogin(SessionLeases leases, SessionBoard board, Clock clock) {
        this.leases = leases;
        this.board = board;
        this.clock = clock;
    }

    public LoginStart start(StartWhatsAppLogin command) {
        if (command.login() instanceof Login.StoredCredentials && command.session() == null) {
            return new LoginStart.Refused("a new session needs a QR code or a pairing code");
        }
        SessionRef session = new SessionRef(command.tenant(), command.session() != null ? command.session() : SessionId.newId());
        String requestId = Ids.next("wlr");
        board.loginRequested(session, clock.instant());
        leases.request(session, new LoginRequest(requestId, command.login()));
        return new LoginStart.Started(session, requestId);
    }
}
