package app.parley.conversation.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.auth.model.UserId;
import app.parley.common.model.Page;
import app.parley.common.model.SaveOutcome;
import app.parley.conversation.application.Conversations;
import app.parley.conversation.model.Conversation;
import app.parley.conversation.model.ConversationId;
import app.parley.conversation.model.ConversationStatus;
import app.parley.crm.model.CustomerId;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code T#t#CONV#c / META}, listed in GSI1 by last activity; messages share the partition. */
public final class DynamoConversations implements Conversations {
    private final TenantTable table;

    public DynamoConversations(TenantTable table) { this.table = table; }

    @Override
    public boolean start(Conversation c) {
        return table.putIfAbsent(item(c));
    }

    @Override
    public Optional<Conversation> find(TenantId tenant, ConversationId id) {
        return table.get(tenant, Keys.conversation(tenant, id.value()), Keys.META).map(i -> conversation(tenant, i));
    }

    @Override
    public SaveOutcome<Conversation> update(Conversation c) {
        Conversation next = new Conversation(c.tenant(), c.id(), c.customer(), c.customerPhone(), c.status(),
                c.takenOverBy(), c.lastMessageAt(), c.version() + 1);
        return table.putIfVersion(item(next), c.version()) ? new SaveOutcome.Saved<>(next) : new SaveOutcome.Stale<>();
    }

    @Override
    public List<Conversation> recent(TenantId tenant, int limit) {
        return table.list(tenant, Keys.conversationList(tenant), limit, true).stream().map(i -> conversation(tenant, i)).toList();
    }

    @Override
    public Page<Conversation> page(TenantId tenant, ConversationStatus status, int limit, String cursor) {
        return table.listPage(tenant, Keys.conversationList(tenant), limit, true, cursor,
                        status == null ? null : "status", status == null ? null : status.name())
                .toPage(i -> conversation(tenant, i));
    }

    /** The item a conversation is stored as, for writers that put it in a transaction with other items. */
    public static TenantItem itemOf(Conversation c) {
        return item(c);
    }

    private static TenantItem item(Conversation c) {
        return TenantItem.of(c.tenant(), Keys.conversation(c.tenant(), c.id().value()), Keys.META)
                .listedUnder(Keys.conversationList(c.tenant()),
                        Keys.conversationListSort(Keys.sortableTime(c.lastMessageAt()), c.id().value()))
                .with("conversationId", c.id().value()).with("customerId", c.customer().value())
                .withPersonal("customerPhone", c.customerPhone()).with("status", c.status().name())
                .with("takenOverBy", c.takenOverBy().map(UserId::value).orElse(null))
                .with("lastMessageAt", c.lastMessageAt()).with("version", c.version());
    }

    private static Conversation conversation(TenantId tenant, Map<String, AttributeValue> i) {
        return new Conversation(tenant, new ConversationId(str(i, "conversationId")), new CustomerId(str(i, "customerId")),
                str(i, "customerPhone"), ConversationStatus.valueOf(str(i, "status")),
                Optional.ofNullable(optStr(i, "takenOverBy")).map(UserId::new), instant(i, "lastMessageAt"), num(i, "version"));
    }
}
