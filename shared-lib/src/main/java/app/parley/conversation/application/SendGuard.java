package app.parley.conversation.application;

/** A circuit breaker per business phone number: fail fast while Meta is down for that number. */
public interface SendGuard {
    /** False while the breaker for this number is open: do not call Meta now. */
    boolean mayCall(String phoneNumberId);

    void succeeded(String phoneNumberId);

    void failed(String phoneNumberId);

    SendGuard NONE = new SendGuard() {
        @Override public boolean mayCall(String phoneNumberId) { return true; }
        @Override public void succeeded(String phoneNumberId) {}
        @Override public void failed(String phoneNumberId) {}
    };
}
