package app.parley.conversation.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.conversation.application.Messages;
import app.parley.conversation.model.*;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Messages sort by time inside their conversation's partition. A message with a WhatsApp id
 * is written together with a {@code WAMID} marker, so a redelivery is recognised, not stored twice.
 */
public final class DynamoMessages implements Messages {
    /** WhatsApp retries webhooks for days; the marker outlives that. */
    private static final Duration MARKER_LIFETIME = Duration.ofDays(30);
    private final TenantTable table;

    public DynamoMessages(TenantTable table) { this.table = table; }

    @Override
    public MessageAppend append(Message m) {
        TenantItem item = item(m);
        if (m.externalId() == null) {
            if (!table.putIfAbsent(item)) throw new IllegalStateException("message id reused");
            return new MessageAppend.Appended(m);
        }
        TenantItem marker = TenantItem.of(m.tenant(), Keys.inboundMessageSeen(m.tenant(), m.externalId()), Keys.META)
                .with("messageId", m.id().value()).expiresAt(m.recordedAt().plus(MARKER_LIFETIME));
        boolean stored = table.transact(m.tenant(), List.of(table.putInTransaction(marker, TenantTable.NEW_ITEM),
                table.putInTransaction(item, TenantTable.NEW_ITEM))).committed();
        return stored ? new MessageAppend.Appended(m) : new MessageAppend.Duplicate(m.externalId());
    }

    @Override
    public List<Message> latest(TenantId tenant, ConversationId conversation, int limit) {
        List<Message> newestFirst = new ArrayList<>(table.query(tenant, Keys.conversation(tenant, conversation.value()), "MSG#", limit, true)
                .stream().map(i -> message(tenant, conversation, i)).toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The item a message is stored as, for writers that put it in a transaction with other items. */
    public static TenantItem itemOf(Message m) {
        return item(m);
    }

    private static TenantItem item(Message m) {
        return TenantItem.of(m.tenant(), Keys.conversation(m.tenant(), m.conversation().value()),
                        Keys.message(Keys.sortableTime(m.sentAt()), m.id().value()))
                .with("messageId", m.id().value()).with("direction", m.direction().name()).with("externalId", m.externalId())
                .with("type", m.type().name()).withPersonal("text", m.text()).with("mediaRef", m.mediaRef())
                .with("sentAt", m.sentAt()).with("recordedAt", m.recordedAt()).retained();
    }

    private static Message message(TenantId tenant, ConversationId conversation, Map<String, AttributeValue> i) {
        return new Message(tenant, conversation, new MessageId(str(i, "messageId")), Direction.valueOf(str(i, "direction")),
                optStr(i, "externalId"), MessageType.valueOf(str(i, "type")), optStr(i, "text"), optStr(i, "mediaRef"),
                instant(i, "sentAt"), instant(i, "recordedAt"));
    }
}
