package app.parley.gateway.client;

/** Why a socket closed, as far as it matters for what to do next. */
public enum DisconnectCause {
    /** Network trouble or a server restart: reconnect with backoff. */
    CONNECTION_LOST,
    /** The phone removed the linked device: stop, a new login is needed. */
    LOGGED_OUT,
    /** WhatsApp banned the number: stop and never retry. */
    BANNED;

    public boolean terminal() {
        return this != CONNECTION_LOST;
    }
}
