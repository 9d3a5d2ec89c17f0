package app.parley.gateway.client;

/** Makes a client for a session; the real one is Cobalt, tests use an in-process network. */
@FunctionalInterface
public interface WhatsAppClients {
    WhatsAppClient open(SessionRef session, SessionState state);
}
