package app.parley.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parley.conversation.infrastructure.DynamoMessages;
import app.parley.conversation.model.*;
import app.parley.persistence.Keys;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Tables;
import app.parley.persistence.Workload;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Per-tenant message retention as DynamoDB TTL (DynamoDB Local never expires items: the attribute and the readers are checked). */
class MessageRetentionIT {
    private static LocalTables local;
    private static Tables tables;

    @BeforeAll static void start() { local = LocalTables.start(); tables = local.tables(); }
    @AfterAll static void stop() { local.close(); }

    @Test
    void messages_get_the_tenants_retention_as_ttl_and_tenants_without_one_keep_them() {
        Workload kept = Workload.create(tables, "keeps-all", "810000000000001");
        Workload w = Workload.create(tables, "keeps-30", "810000000000002");
        new DynamoRetentionSettings(tables.tenant()).keepMessagesFor(w.tenant().id(), Optional.of(30));

        Message later = append(w, "written after the setting");

        assertThat(new DynamoRetentionSettings(tables.tenant()).messageDays(w.tenant().id())).contains(30);
        long expected = Instant.now().plus(Duration.ofDays(30)).getEpochSecond();
        assertThat(Long.parseLong(raw(w, later).get(Keys.EXPIRES_AT).n())).isCloseTo(expected, within(120L));
        assertThat(raw(kept, kept.message())).doesNotContainKey(Keys.EXPIRES_AT);
    }

    @Test
    void an_expired_message_is_hidden_from_readers_before_dynamodb_deletes_it() {
        Workload w = Workload.create(tables, "expiring", "810000000000003");
        Message fresh = append(w, "still kept");
        Map<String, AttributeValue> expired = new HashMap<>(raw(w, w.message()));
        expired.put(Keys.EXPIRES_AT, AttributeValue.fromN(Long.toString(Instant.now().minusSeconds(60).getEpochSecond())));
        local.raw().putItem(p -> p.tableName(LocalTables.TENANT_TABLE).item(expired));

        List<Message> history = new DynamoMessages(tables.tenant()).latest(w.tenant().id(), w.conversation().id(), 10);

        assertThat(history).extracting(Message::id).containsExactly(fresh.id());
    }

    private static Message append(Workload w, String text) {
        Instant now = Instant.now();
        Message m = new Message(w.tenant().id(), w.conversation().id(), MessageId.newId(), Direction.OUTBOUND, null,
                MessageType.TEXT, text, null, now, now);
        new DynamoMessages(tables.tenant()).append(m);
        return m;
    }

    private static Map<String, AttributeValue> raw(Workload w, Message m) {
        return local.raw().getItem(g -> g.tableName(LocalTables.TENANT_TABLE).key(Map.of(
                Keys.PK, AttributeValue.fromS(Keys.conversation(w.tenant().id(), w.conversation().id().value())),
                Keys.SK, AttributeValue.fromS(Keys.message(Keys.sortableTime(m.sentAt()), m.id().value()))))).item();
    }
}
