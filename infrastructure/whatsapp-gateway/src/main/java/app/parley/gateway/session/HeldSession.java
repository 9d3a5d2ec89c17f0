package app.parley.gateway.session;

import app.parley.conversation.model.SessionStatus;
import app.parley.gateway.client.DisconnectCause;
import app.parley.gateway.client.ReceivedMessage;
import app.parley.gateway.client.SessionEvents;
import app.parley.gateway.client.SessionState;
import app.parley.gateway.client.WhatsAppClient;
import app.parley.gateway.lease.Lease;
import app.parley.gateway.lease.LoginRequest;
import app.parley.gateway.outbound.SendingGovernor;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One session's socket on this task: connects with the requested login, reports status, and
 * reconnects with backoff after a lost connection. Logged out, banned or out of attempts, it
 * stops for good: the status says why, an alert is raised, and it never loops.
 */
public final class HeldSession implements SessionEvents {
    public enum Phase { STARTING, CONNECTED, WAITING_TO_RECONNECT, STOPPED }

    private final Lease lease;
    private final LoginRequest login;
    private final WhatsAppClient client;
    private final SessionState state;
    private final SessionServices services;
    private final SendingGovernor governor;
    private final Consumer<Lease> loggedIn;
    private Phase phase = Phase.STARTING;
    private int failedAttempts;
    private Instant reconnectAt;
    private String phoneNumber;
    private SessionAlerts.Alert stoppedBecause;

    public HeldSession(Lease lease, LoginRequest login, WhatsAppClient client, SessionState state,
                       SessionServices services, SendingGovernor governor, Consumer<Lease> loggedIn) {
        this.lease = lease;
        this.login = login;
        this.client = client;
        this.state = state;
        this.services = services;
        this.governor = governor;
        this.loggedIn = loggedIn;
    }

    public synchronized void start() {
        services.board().status(lease.session(), lease.fence(), SessionStatus.CONNECTING, "connecting", now());
        switch (client.connect(login.login(), this)) {
            case WhatsAppClient.ConnectResult.Connecting ignored -> { }
            case WhatsAppClient.ConnectResult.NoCredentials ignored ->
                    stop(SessionStatus.LOGGED_OUT, SessionAlerts.Alert.NEEDS_LOGIN, "no stored credentials: scan a new QR code");
            case WhatsAppClient.ConnectResult.Failed failed -> scheduleReconnect(failed.reason());
        }
    }

    /** Called by the task's loop: reconnects when the backoff has passed. */
    public synchronized void tick() {
        if (phase != Phase.WAITING_TO_RECONNECT || now().isBefore(reconnectAt)) return;
        phase = Phase.STARTING;
        switch (client.connect(new app.parley.gateway.client.Login.StoredCredentials(), this)) {
            case WhatsAppClient.ConnectResult.Connecting ignored -> { }
            case WhatsAppClient.ConnectResult.NoCredentials ignored ->
                    stop(SessionStatus.LOGGED_OUT, SessionAlerts.Alert.NEEDS_LOGIN, "stored credentials are gone");
            case WhatsAppClient.ConnectResult.Failed failed -> scheduleReconnect(failed.reason());
        }
    }

    /** Graceful: closes the socket and keeps the credentials (shutdown, lease handed over). */
    public synchronized void close() {
        if (phase != Phase.STOPPED) client.disconnect();
        phase = Phase.STOPPED;
    }

    @Override
    public synchronized void qrCodeIssued(String qrCode) {
        services.board().loginCode(lease.session(), lease.fence(), new SessionBoard.LoginCode(SessionBoard.LoginCode.Kind.QR, qrCode), now());
    }

    @Override
    public synchronized void pairingCodeIssued(String pairingCode) {
        services.board().loginCode(lease.session(), lease.fence(),
                new SessionBoard.LoginCode(SessionBoard.LoginCode.Kind.PAIRING_CODE, pairingCode), now());
    }

    @Override
    public synchronized void connected(String phoneNumber) {
        if (phase == Phase.STOPPED) return;
        this.phoneNumber = phoneNumber;
        phase = Phase.CONNECTED;
        failedAttempts = 0;
        services.board().linked(lease.session(), lease.fence(), phoneNumber, now());
        services.board().status(lease.session(), lease.fence(), SessionStatus.CONNECTED, "connected", now());
        loggedIn.accept(lease);
    }

    @Override
    public synchronized void disconnected(DisconnectCause cause) {
        if (phase == Phase.STOPPED) return;
        switch (cause) {
            case LOGGED_OUT -> stop(SessionStatus.LOGGED_OUT, SessionAlerts.Alert.LOGGED_OUT, "the phone removed this linked device");
            case BANNED -> stop(SessionStatus.BANNED, SessionAlerts.Alert.BANNED, "WhatsApp banned this number");
            case CONNECTION_LOST -> scheduleReconnect("connection lost");
        }
    }

    @Override
    public void messageReceived(ReceivedMessage message) {
        governor.customerWrote(message.customer().waId(), now());
        services.inbound().forward(lease.session(), businessNumber(), message);
    }

    private void scheduleReconnect(String why) {
        failedAttempts++;
        Optional<java.time.Duration> wait = services.backoff().delayBefore(failedAttempts);
        if (wait.isEmpty()) {
            stop(SessionStatus.DISCONNECTED, SessionAlerts.Alert.GAVE_UP_RECONNECTING,
                    "gave up after " + services.backoff().maxAttempts() + " attempts: " + why);
            return;
        }
        phase = Phase.WAITING_TO_RECONNECT;
        reconnectAt = now().plus(wait.get());
        services.board().status(lease.session(), lease.fence(), SessionStatus.DISCONNECTED,
                why + "; retry " + failedAttempts + " at " + reconnectAt, now());
    }

    private void stop(SessionStatus status, SessionAlerts.Alert alert, String detail) {
        phase = Phase.STOPPED;
        stoppedBecause = alert;
        client.disconnect();
        if (status == SessionStatus.LOGGED_OUT || status == SessionStatus.BANNED) state.erase();
        services.board().status(lease.session(), lease.fence(), status, detail, now());
        services.alerts().raise(lease.session(), alert, detail, now());
    }

    private String businessNumber() {
        String number = phoneNumber;
        return number != null ? number : lease.session().session().value();
    }

    private Instant now() {
        return services.clock().instant();
    }

    public synchronized Phase phase() { return phase; }
    public synchronized boolean stoppedForGood() { return stoppedBecause != null; }
    public synchronized int failedAttempts() { return failedAttempts; }
    public synchronized Optional<Instant> reconnectAt() { return Optional.ofNullable(phase == Phase.WAITING_TO_RECONNECT ? reconnectAt : null); }
    public Lease lease() { return lease; }
    public LoginRequest login() { return login; }
    public WhatsAppClient client() { return client; }
    public SendingGovernor governor() { return governor; }
}
