package app.parley.gateway.fake;

import app.parley.gateway.client.Login;
import app.parley.gateway.client.OutgoingMedia;
import app.parley.gateway.client.SendResult;
import app.parley.gateway.client.SessionEvents;
import app.parley.gateway.client.SessionRef;
import app.parley.gateway.client.SessionState;
import app.parley.gateway.client.StatePart;
import app.parley.gateway.client.StateRead;
import app.parley.gateway.client.WhatsAppClient;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** One socket on the in-process network; its device credentials live in the real vault. */
final class FakeWhatsAppClient implements WhatsAppClient {
    private final FakeWhatsAppNetwork network;
    private final String task;
    private final SessionRef session;
    private final SessionState state;
    private volatile SessionEvents events;
    private volatile String device;

    FakeWhatsAppClient(FakeWhatsAppNetwork network, String task, SessionRef session, SessionState state) {
        this.network = network;
        this.task = task;
        this.session = session;
        this.state = state;
    }

    @Override
    public ConnectResult connect(Login login, SessionEvents events) {
        this.events = events;
        network.attempted(session);
        if (login instanceof Login.StoredCredentials) {
            if (!(state.load(StatePart.KEYS) instanceof StateRead.Found found)) return new ConnectResult.NoCredentials();
            device = new String(found.bytes(), StandardCharsets.UTF_8).substring("device:".length());
        } else {
            device = UUID.randomUUID().toString();
        }
        if (!network.reachable()) return new ConnectResult.Failed("network unreachable");
        network.opened(this);
        switch (login) {
            case Login.StoredCredentials ignored -> resume();
            case Login.QrCode ignored -> events.qrCodeIssued("2@fake-qr," + device);
            case Login.PairingCode ignored -> events.pairingCodeIssued("FAKE-" + device.substring(0, 4).toUpperCase());
        }
        return new ConnectResult.Connecting();
    }

    private void resume() {
        String phone = network.phoneOf(device);
        if (phone == null) {
            network.closed(this);
            events.disconnected(app.parley.gateway.client.DisconnectCause.LOGGED_OUT);
            return;
        }
        events.connected(phone);
    }

    void linked(String phone) {
        network.link(device, phone);
        state.save(StatePart.KEYS, FakeWhatsAppNetwork.credentials(device));
        events.connected(phone);
    }

    @Override
    public SendResult sendText(String toWaId, String text, String quotedMessageId) { return send(toWaId, "text", text); }

    @Override
    public SendResult sendImage(String toWaId, OutgoingMedia image, String quotedMessageId) { return send(toWaId, "image", image.caption()); }

    @Override
    public SendResult sendDocument(String toWaId, OutgoingMedia document, String quotedMessageId) { return send(toWaId, "document", document.filename()); }

    @Override
    public void typing(String toWaId, boolean composing) { }

    @Override
    public void markRead(String fromWaId, String messageId) { }

    @Override
    public void disconnect() { network.closed(this); }

    private SendResult send(String to, String kind, String body) {
        if (!network.isOpen(session)) return new SendResult.Failed("socket closed", true);
        if (network.sendsFail()) return new SendResult.Failed("server error 500", true);
        synchronized (network.sent) { network.sent.add(new FakeWhatsAppNetwork.Sent(session, to, kind, body)); }
        return new SendResult.Sent("3EB0" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase());
    }

    SessionEvents events() { return events; }
    String task() { return task; }
    SessionRef session() { return session; }
    String device() { return device; }
}
