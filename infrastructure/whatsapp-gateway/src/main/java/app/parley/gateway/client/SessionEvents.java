package app.parley.gateway.client;

/** What a connected client reports. Called from the client's own threads; implementations must not block long. */
public interface SessionEvents {
    void qrCodeIssued(String qrCode);

    void pairingCodeIssued(String pairingCode);

    /** Logged in (first time or resumed); the number is digits only. */
    void connected(String phoneNumber);

    void disconnected(DisconnectCause cause);

    void messageReceived(ReceivedMessage message);
}
