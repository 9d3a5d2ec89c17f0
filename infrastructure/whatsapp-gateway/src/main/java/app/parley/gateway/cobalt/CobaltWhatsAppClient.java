package app.parley.gateway.cobalt;

import app.parley.gateway.client.DisconnectCause;
import app.parley.gateway.client.Login;
import app.parley.gateway.client.OutgoingMedia;
import app.parley.gateway.client.SendResult;
import app.parley.gateway.client.SessionEvents;
import app.parley.gateway.client.WhatsAppClient;
import it.auties.whatsapp.api.DisconnectReason;
import it.auties.whatsapp.api.QrHandler;
import it.auties.whatsapp.api.WebOptionsBuilder;
import it.auties.whatsapp.api.Whatsapp;
import it.auties.whatsapp.model.contact.ContactStatus;
import it.auties.whatsapp.model.info.ChatMessageInfo;
import it.auties.whatsapp.model.info.ContextInfo;
import it.auties.whatsapp.model.info.MessageInfo;
import it.auties.whatsapp.model.jid.Jid;
import it.auties.whatsapp.model.message.standard.DocumentMessageSimpleBuilder;
import it.auties.whatsapp.model.message.standard.ImageMessageSimpleBuilder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The port on Cobalt 0.0.10 (WhatsApp Web multi-device). Facts relied on: {@code webBuilder()
 * .serializer(..).newConnection(uuid)} loads keys and store through the serializer;
 * {@code registered()} is empty without stored keys; {@code unregistered(QrHandler)} and
 * {@code unregistered(phone, PairingCodeHandler)} start a login; the disconnected listener gives
 * DISCONNECTED, RECONNECTING (Cobalt retries itself), LOGGED_OUT or BANNED.
 */
final class CobaltWhatsAppClient implements WhatsAppClient {
    private static final int REMEMBERED = 500;
    private final UUID uuid;
    private final VaultSerializer serializer;
    private final Map<String, ChatMessageInfo> recent = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, ChatMessageInfo> eldest) { return size() > REMEMBERED; }
    });
    private volatile Whatsapp api;

    CobaltWhatsAppClient(UUID uuid, VaultSerializer serializer) {
        this.uuid = uuid;
        this.serializer = serializer;
    }

    @Override
    public ConnectResult connect(Login login, SessionEvents events) {
        try {
            WebOptionsBuilder options = Whatsapp.webBuilder().serializer(serializer).newConnection(uuid);
            Optional<Whatsapp> built = switch (login) {
                case Login.StoredCredentials ignored -> options.registered();
                case Login.QrCode ignored -> Optional.of(options.unregistered(QrHandler.toPlainString(events::qrCodeIssued)));
                case Login.PairingCode code -> Optional.of(options.unregistered(Long.parseLong(code.phoneNumber()), events::pairingCodeIssued));
            };
            if (built.isEmpty()) return new ConnectResult.NoCredentials();
            api = listening(built.get(), events);
            api.connect().exceptionally(error -> { events.disconnected(DisconnectCause.CONNECTION_LOST); return null; });
            return new ConnectResult.Connecting();
        } catch (RuntimeException e) {
            return new ConnectResult.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Whatsapp listening(Whatsapp whatsapp, SessionEvents events) {
        return whatsapp
                .addLoggedInListener(() -> events.connected(phoneNumber(whatsapp)))
                .addDisconnectedListener(reason -> cause(reason).ifPresent(events::disconnected))
                .addNewChatMessageListener(info -> {
                    if (info.fromMe() || info.chatJid().type() != Jid.Type.USER) return;
                    recent.put(info.id(), info);
                    events.messageReceived(CobaltInbound.received(info, () -> download(whatsapp, info)));
                });
    }

    private static Optional<DisconnectCause> cause(DisconnectReason reason) {
        return switch (reason) {
            case DISCONNECTED -> Optional.of(DisconnectCause.CONNECTION_LOST);
            case RECONNECTING -> Optional.empty();
            case LOGGED_OUT -> Optional.of(DisconnectCause.LOGGED_OUT);
            case BANNED -> Optional.of(DisconnectCause.BANNED);
        };
    }

    @Override
    public SendResult sendText(String toWaId, String text, String quotedMessageId) {
        ChatMessageInfo quoted = quotedMessageId == null ? null : recent.get(quotedMessageId);
        return sent(quoted == null ? api.sendChatMessage(jid(toWaId), text) : api.sendMessage(jid(toWaId), text, quoted));
    }

    @Override
    public SendResult sendImage(String toWaId, OutgoingMedia image, String quotedMessageId) {
        var message = new ImageMessageSimpleBuilder().media(image.bytes()).mimeType(image.mimeType())
                .caption(image.caption()).contextInfo(context(quotedMessageId)).build();
        return sent(api.sendMessage(jid(toWaId), message));
    }

    /** Page count and a (non-null) thumbnail are given, so Cobalt never calls the absent document renderer. */
    @Override
    public SendResult sendDocument(String toWaId, OutgoingMedia document, String quotedMessageId) {
        String name = document.filename() == null ? "document.pdf" : document.filename();
        var message = new DocumentMessageSimpleBuilder().media(document.bytes()).fileName(name).mimeType(document.mimeType())
                .title(document.caption() == null ? name : document.caption()).pageCount(document.pageCount())
                .thumbnail(new byte[0]).contextInfo(context(quotedMessageId)).build();
        return sent(api.sendMessage(jid(toWaId), message));
    }

    @Override
    public void typing(String toWaId, boolean composing) {
        api.changePresence(jid(toWaId), composing ? ContactStatus.COMPOSING : ContactStatus.AVAILABLE);
    }

    @Override
    public void markRead(String fromWaId, String messageId) {
        ChatMessageInfo info = recent.get(messageId);
        if (info != null) api.markMessageRead(info);
        else api.markChatRead(jid(fromWaId));
    }

    @Override
    public void disconnect() {
        Whatsapp current = api;
        if (current != null) current.disconnect().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null);
    }

    private ContextInfo context(String quotedMessageId) {
        ChatMessageInfo quoted = quotedMessageId == null ? null : recent.get(quotedMessageId);
        return quoted == null ? null : ContextInfo.of(quoted);
    }

    private static SendResult sent(CompletableFuture<? extends MessageInfo<?>> sending) {
        try {
            return new SendResult.Sent(sending.get(30, TimeUnit.SECONDS).id());
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return new SendResult.Failed(String.valueOf(e.getCause() == null ? e : e.getCause()), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Failed("interrupted", true);
        }
    }

    private static byte[] download(Whatsapp whatsapp, ChatMessageInfo info) {
        try {
            return whatsapp.downloadMedia(info).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    private static String phoneNumber(Whatsapp whatsapp) {
        return whatsapp.store().phoneNumber().map(p -> Long.toString(p.number())).orElse("");
    }

    private static Jid jid(String waId) {
        return Jid.of(waId);
    }
}
