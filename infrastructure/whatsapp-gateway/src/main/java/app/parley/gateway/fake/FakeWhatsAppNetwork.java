package app.parley.gateway.fake;

import app.parley.gateway.client.DisconnectCause;
import app.parley.gateway.client.ReceivedMessage;
import app.parley.gateway.client.SessionRef;
import app.parley.gateway.client.WhatsAppClients;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WhatsApp's servers, in process: which devices are linked, which sockets are open (and the most
 * ever open at once per session), what was sent. Clients made by {@link #clientsFor} behave like
 * the Cobalt adapter through the same port, storing their device credentials in the vault.
 * Tests build their own; the local stack with {@code WHATSAPP_CLIENT=fake} uses {@link #local()},
 * so an in-process test can play the phone ({@link #scanQr}) and the customers.
 */
public final class FakeWhatsAppNetwork {
    private static final FakeWhatsAppNetwork LOCAL = new FakeWhatsAppNetwork();

    /** The one network of this JVM's local gateway (WHATSAPP_CLIENT=fake). */
    public static FakeWhatsAppNetwork local() { return LOCAL; }

    private final Map<SessionRef, FakeWhatsAppClient> open = new ConcurrentHashMap<>();
    private final Map<SessionRef, AtomicInteger> mostOpenAtOnce = new ConcurrentHashMap<>();
    private final Map<String, String> linkedDevices = new ConcurrentHashMap<>();
    private final Map<SessionRef, AtomicInteger> connectAttempts = new ConcurrentHashMap<>();
    private final List<String> doubleConnections = new ArrayList<>();
    final List<Sent> sent = new ArrayList<>();
    private volatile boolean reachable = true;
    private volatile boolean sendsFail;

    public record Sent(SessionRef session, String to, String kind, String body) {}

    public WhatsAppClients clientsFor(String task) {
        return (session, state) -> new FakeWhatsAppClient(this, task, session, state);
    }

    // ---- what the phone and the servers do ----

    public void scanQr(SessionRef session, String phone) { client(session).linked(phone); }

    public void dropConnection(SessionRef session) { closeWith(session, DisconnectCause.CONNECTION_LOST); }

    public void logOut(SessionRef session) {
        FakeWhatsAppClient client = client(session);
        linkedDevices.remove(client.device());
        closeWith(session, DisconnectCause.LOGGED_OUT);
    }

    public void ban(SessionRef session) { closeWith(session, DisconnectCause.BANNED); }

    public void customerWrites(SessionRef session, ReceivedMessage message) { client(session).events().messageReceived(message); }

    /** The task's process died: its sockets are gone, nobody is told. */
    public void crash(String task) {
        open.values().removeIf(c -> c.task().equals(task));
    }

    public void reachable(boolean reachable) { this.reachable = reachable; }

    public void sendsFail(boolean fail) { this.sendsFail = fail; }

    // ---- what tests look at ----

    public boolean isOpen(SessionRef session) { return open.containsKey(session); }

    public Set<SessionRef> openSessions() { return Set.copyOf(open.keySet()); }

    public String openedBy(SessionRef session) { return open.get(session).task(); }

    public int mostOpenAtOnce(SessionRef session) { return mostOpenAtOnce.getOrDefault(session, new AtomicInteger()).get(); }

    public List<String> doubleConnections() { synchronized (doubleConnections) { return List.copyOf(doubleConnections); } }

    public int connectAttempts(SessionRef session) { return connectAttempts.getOrDefault(session, new AtomicInteger()).get(); }

    public List<Sent> sent() { synchronized (sent) { return List.copyOf(sent); } }

    // ---- used by the fake clients ----

    boolean reachable() { return reachable; }

    boolean sendsFail() { return sendsFail; }

    void attempted(SessionRef session) { connectAttempts.computeIfAbsent(session, s -> new AtomicInteger()).incrementAndGet(); }

    synchronized void opened(FakeWhatsAppClient client) {
        FakeWhatsAppClient before = open.put(client.session(), client);
        int count = before == null || before == client ? 1 : 2;
        if (count > 1) synchronized (doubleConnections) { doubleConnections.add(client.session() + " by " + before.task() + " and " + client.task()); }
        mostOpenAtOnce.computeIfAbsent(client.session(), s -> new AtomicInteger()).accumulateAndGet(count, Math::max);
    }

    synchronized void closed(FakeWhatsAppClient client) { open.remove(client.session(), client); }

    void link(String device, String phone) { linkedDevices.put(device, phone); }

    String phoneOf(String device) { return linkedDevices.get(device); }

    static byte[] credentials(String device) { return ("device:" + device).getBytes(StandardCharsets.UTF_8); }

    private FakeWhatsAppClient client(SessionRef session) {
        FakeWhatsAppClient client = open.get(session);
        if (client == null) throw new IllegalStateException("no open socket for " + session);
        return client;
    }

    private void closeWith(SessionRef session, DisconnectCause cause) {
        FakeWhatsAppClient client = client(session);
        closed(client);
        client.events().disconnected(cause);
    }
}
