package app.parley.gateway.cobalt;

import app.parley.gateway.client.ReceivedMessage;
import app.parley.messaging.model.Customer;
import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.MediaKind;
import it.auties.whatsapp.model.contact.ContactCard;
import it.auties.whatsapp.model.info.ChatMessageInfo;
import it.auties.whatsapp.model.info.ContextInfo;
import it.auties.whatsapp.model.jid.Jid;
import it.auties.whatsapp.model.message.model.ContextualMessage;
import it.auties.whatsapp.model.message.model.Message;
import it.auties.whatsapp.model.message.standard.AudioMessage;
import it.auties.whatsapp.model.message.standard.ContactMessage;
import it.auties.whatsapp.model.message.standard.ContactsMessage;
import it.auties.whatsapp.model.message.standard.DocumentMessage;
import it.auties.whatsapp.model.message.standard.ImageMessage;
import it.auties.whatsapp.model.message.standard.LocationMessage;
import it.auties.whatsapp.model.message.standard.TextMessage;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/** Cobalt's message model to the channel-neutral inbound content. */
final class CobaltInbound {
    private CobaltInbound() {}

    static ReceivedMessage received(ChatMessageInfo info, Supplier<byte[]> download) {
        Message content = info.message().content();
        InboundContent mapped = content(content);
        byte[] media = mapped instanceof InboundContent.Media ? download.get() : null;
        Instant at = info.timestampSeconds().isPresent() ? Instant.ofEpochSecond(info.timestampSeconds().getAsLong()) : Instant.now();
        String repliedTo = content instanceof ContextualMessage<?> contextual
                ? contextual.contextInfo().flatMap(ContextInfo::quotedMessageId).orElse(null) : null;
        return new ReceivedMessage(info.id(), new Customer(info.senderJid().user(), info.pushName().orElse(null)), at,
                mapped, repliedTo, media);
    }

    static InboundContent content(Message content) {
        return switch (content) {
            case TextMessage text -> new InboundContent.Text(text.text());
            case ImageMessage image -> new InboundContent.Media(MediaKind.IMAGE, "pending", image.mimetype().orElse("image/jpeg"),
                    image.caption().orElse(null), null, hex(image.mediaSha256().orElse(null)), false);
            case DocumentMessage doc -> new InboundContent.Media(MediaKind.DOCUMENT, "pending", doc.mimetype().orElse(null),
                    doc.caption().orElse(null), doc.fileName().orElse(null), hex(doc.mediaSha256().orElse(null)), false);
            case AudioMessage audio -> new InboundContent.Media(MediaKind.AUDIO, "pending", audio.mimetype().orElse(null),
                    null, null, hex(audio.mediaSha256().orElse(null)), audio.voiceMessage());
            case LocationMessage place -> new InboundContent.Location(place.latitude(), place.longitude(),
                    place.name().orElse(null), place.address().orElse(null), place.url().orElse(null));
            case ContactMessage contact -> new InboundContent.Contacts(List.of(shared(contact)));
            case ContactsMessage contacts -> new InboundContent.Contacts(contacts.contacts().stream().map(CobaltInbound::shared).toList());
            default -> new InboundContent.Unsupported("unofficial channel: " + content.type() + " messages are not handled");
        };
    }

    private static InboundContent.SharedContact shared(ContactMessage contact) {
        if (contact.vcard() instanceof ContactCard.Parsed parsed) {
            List<InboundContent.SharedPhone> phones = parsed.phoneNumbers().stream()
                    .map(Jid::user).map(user -> new InboundContent.SharedPhone("+" + user, user, null)).toList();
            return new InboundContent.SharedContact(parsed.name().orElse(contact.name()), null, phones);
        }
        return new InboundContent.SharedContact(contact.name(), null, List.of());
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
