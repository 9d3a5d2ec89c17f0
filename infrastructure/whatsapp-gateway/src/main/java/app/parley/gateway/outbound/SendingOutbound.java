package app.parley.gateway.outbound;

import app.parley.gateway.client.OutgoingMedia;
import app.parley.gateway.client.SendResult;
import app.parley.gateway.client.WhatsAppClient;
import app.parley.gateway.session.HeldSession;
import app.parley.gateway.session.SessionAlerts;
import app.parley.messaging.model.OutboundContent;
import app.parley.messaging.model.OutboundMessage;
import java.time.Clock;
import java.util.Optional;

/**
 * Sends one outbound envelope through the tenant's unofficial number, at a pace WhatsApp does
 * not flag: kill switch, governor, "seen", typing for a human time, then the message.
 */
public final class SendingOutbound {
    private final HeldSessions sessions;
    private final SendingSwitches switches;
    private final MediaFiles media;
    private final SessionAlerts alerts;
    private final Pauses pauses;
    private final Clock clock;

    public SendingOutbound(HeldSessions sessions, SendingSwitches switches, MediaFiles media, SessionAlerts alerts,
                           Pauses pauses, Clock clock) {
        this.sessions = sessions;
        this.switches = switches;
        this.media = media;
        this.alerts = alerts;
        this.pauses = pauses;
        this.clock = clock;
    }

    public SendOutcome send(OutboundMessage message) {
        Optional<HeldSession> held = sessions.connected(message.tenantId());
        if (held.isEmpty()) return new SendOutcome.NotHeldHere();
        HeldSession session = held.get();
        if (switches.killed(session.lease().session())) return new SendOutcome.Refused("the number's kill switch is on");
        String to = message.customer().waId();
        boolean mayStart = message.origin() == app.parley.messaging.model.MessageOrigin.AGENT; // a person chose to write
        return switch (session.governor().decide(to, mayStart, clock.instant(), characters(message.content()))) {
            case SendDecision.Refuse refuse -> new SendOutcome.Refused(refuse.reason());
            case SendDecision.Defer defer -> new SendOutcome.Deferred(defer.notBefore(), defer.reason());
            case SendDecision.Send send -> humanlike(session, message, send);
        };
    }

    private SendOutcome humanlike(HeldSession session, OutboundMessage message, SendDecision.Send send) {
        WhatsAppClient client = session.client();
        String to = message.customer().waId();
        message.replyTo().ifPresent(id -> {
            pauses.pause(send.readDelay());
            client.markRead(to, id);
        });
        client.typing(to, true);
        pauses.pause(send.typing());
        client.typing(to, false);
        return recorded(session, deliver(client, to, message));
    }

    private SendResult deliver(WhatsAppClient client, String to, OutboundMessage message) {
        String quoted = message.replyToMessageId();
        return switch (message.content()) {
            case OutboundContent.Text text -> client.sendText(to, text.body(), quoted);
            case OutboundContent.Image image -> withMedia(media.fetch(image.source(), "image/jpeg", null, image.caption()),
                    m -> client.sendImage(to, m, quoted));
            case OutboundContent.Document doc -> withMedia(media.fetch(doc.source(), "application/octet-stream",
                    doc.filename() == null ? "document.pdf" : doc.filename(), doc.caption()), m -> client.sendDocument(to, m, quoted));
            case OutboundContent.Buttons buttons -> client.sendText(to, PlainText.of(buttons), quoted);
            case OutboundContent.ListMenu list -> client.sendText(to, PlainText.of(list), quoted);
        };
    }

    private static SendResult withMedia(Optional<OutgoingMedia> file, java.util.function.Function<OutgoingMedia, SendResult> send) {
        return file.map(send).orElseGet(() -> new SendResult.Failed("the media could not be fetched", true));
    }

    private SendOutcome recorded(HeldSession session, SendResult result) {
        return switch (result) {
            case SendResult.Sent sent -> {
                session.governor().sent(clock.instant());
                yield new SendOutcome.Sent(sent.messageId());
            }
            case SendResult.Failed failed -> {
                if (session.governor().failed(clock.instant())) {
                    alerts.raise(session.lease().session(), SessionAlerts.Alert.SENDING_PAUSED, "error storm: " + failed.reason(), clock.instant());
                }
                yield new SendOutcome.Failed(failed.reason(), failed.retryable());
            }
        };
    }

    private static int characters(OutboundContent content) {
        return switch (content) {
            case OutboundContent.Text text -> text.body().length();
            case OutboundContent.Image image -> image.caption() == null ? 10 : image.caption().length();
            case OutboundContent.Document doc -> doc.caption() == null ? 10 : doc.caption().length();
            case OutboundContent.Buttons buttons -> buttons.body().length();
            case OutboundContent.ListMenu list -> list.body().length();
        };
    }
}
