package app.parley.persistence;

import app.parley.privacy.application.TenantCrypto;
import app.parley.tenancy.model.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.*;

/**
 * Every read and write of the tenant data table goes through here: each request carries the
 * tenant's {@link TenantScope}, and items are only ever {@link TenantItem}s. Reads are
 * strongly consistent (settings and kill switches act on the very next message). The tenant crypto
 * is given by the composition root: only functions that hold personal data reach the Encryption SDK.
 */
public final class TenantTable {
    private static final int BATCH = 25;
    private final DynamoDbClient client;
    private final String name;
    private final SealedAttributes sealed;
    private final TenantSessions sessions;
    private final MessageRetention retention = new MessageRetention(java.time.Clock.systemUTC());

    public TenantTable(DynamoDbClient client, String name, TenantCrypto crypto) {
        this(client, name, crypto, TenantSessions.fromEnvironment());
    }

    /** With {@code sessions}, each tenant's requests are signed with that tenant's own session (see {@link TenantSessions}). */
    public TenantTable(DynamoDbClient client, String name, TenantCrypto crypto, TenantSessions sessions) {
        this.client = client;
        this.name = name;
        this.sealed = new SealedAttributes(crypto);
        this.sessions = sessions;
    }

    /** The tenant scope of a request, with the tenant's session in AWS. */
    private software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration scope(TenantId t) {
        return TenantScope.of(t, sessions);
    }

    /** Destroys the tenant's key: every sealed attribute it ever wrote, in any copy or backup, stays unreadable. */
    public void shred(TenantId t) { sealed.shred(t); }

    /** Hides the tenant's cached message retention, so the next write reads the setting again. */
    public void retentionChanged(TenantId t) { retention.forget(t); }

    private Map<String, AttributeValue> stored(TenantItem item) {
        return retention.apply(item.tenant(), sealed.seal(item), t -> get(t, Keys.tenantProfile(t), Keys.SETTINGS_RETENTION));
    }

    /** Opens sealed attributes; empty for an item past its retention (DynamoDB's TTL deletes only eventually). */
    private Optional<Map<String, AttributeValue>> read(TenantId t, Map<String, AttributeValue> item) {
        return retention.visible(item) ? Optional.of(sealed.open(t, item)) : Optional.empty();
    }

    /** The keyed stand-in for a personal value used in a key (see {@link TenantCrypto#lookup}). */
    public String lookup(TenantId t, String value) { return sealed.lookup(t, value); }

    public String name() { return name; }

    public Optional<Map<String, AttributeValue>> get(TenantId t, String pk, String sk) {
        GetItemResponse r = client.getItem(b -> b.tableName(name).key(key(pk, sk)).consistentRead(true)
                .overrideConfiguration(scope(t)));
        return r.hasItem() && !r.item().isEmpty() ? read(t, r.item()) : Optional.empty();
    }

    public void put(TenantItem item) {
        client.putItem(b -> b.tableName(name).item(stored(item)).overrideConfiguration(scope(item.tenant())));
    }

    /** Writes the item only if no item has its key; false when one already does. */
    public boolean putIfAbsent(TenantItem item) {
        return conditionalPut(item, "attribute_not_exists(PK)", Map.of());
    }

    /** Replaces the item only if the stored one still has {@code expectedVersion}. */
    public boolean putIfVersion(TenantItem item, long expectedVersion) {
        return conditionalPut(item, "version = :expected", Map.of(":expected", Attrs.n(expectedVersion)));
    }

    /** Writes the item only if {@code condition} holds for the stored one. */
    public boolean putIf(TenantItem item, String condition, Map<String, String> names, Map<String, AttributeValue> values) {
        try {
            client.putItem(b -> b.tableName(name).item(stored(item)).conditionExpression(condition)
                    .expressionAttributeNames(names.isEmpty() ? null : names).expressionAttributeValues(values)
                    .overrideConfiguration(scope(item.tenant())));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private boolean conditionalPut(TenantItem item, String condition, Map<String, AttributeValue> values) {
        try {
            client.putItem(b -> b.tableName(name).item(stored(item)).conditionExpression(condition)
                    .expressionAttributeValues(values.isEmpty() ? null : values)
                    .overrideConfiguration(scope(item.tenant())));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Applies an update expression under a condition; the new item, or empty when the condition failed. */
    public Optional<Map<String, AttributeValue>> update(TenantId t, String pk, String sk, Expression update) {
        try {
            return Optional.of(client.updateItem(b -> b.tableName(name).key(key(pk, sk))
                    .updateExpression(update.update()).conditionExpression(update.condition())
                    .expressionAttributeNames(update.names().isEmpty() ? null : update.names())
                    .expressionAttributeValues(update.values().isEmpty() ? null : update.values())
                    .returnValues(ReturnValue.ALL_NEW).overrideConfiguration(scope(t))).attributes()).map(i -> sealed.open(t, i));
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /** Deletes one item; true when it existed. */
    public boolean delete(TenantId t, String pk, String sk) {
        DeleteItemResponse r = client.deleteItem(b -> b.tableName(name).key(key(pk, sk))
                .returnValues(ReturnValue.ALL_OLD).overrideConfiguration(scope(t)));
        return r.hasAttributes() && !r.attributes().isEmpty();
    }

    /** Items of one partition whose sort key begins with {@code skPrefix} ("" for all). */
    public List<Map<String, AttributeValue>> query(TenantId t, String pk, String skPrefix, int limit, boolean newestFirst) {
        QueryRequest.Builder b = QueryRequest.builder().tableName(name).consistentRead(true)
                .keyConditionExpression(skPrefix.isEmpty() ? "PK = :pk" : "PK = :pk AND begins_with(SK, :sk)")
                .expressionAttributeValues(skPrefix.isEmpty() ? Map.of(":pk", Attrs.s(pk)) : Map.of(":pk", Attrs.s(pk), ":sk", Attrs.s(skPrefix)));
        return pages(t, b, limit, newestFirst);
    }

    /** A GSI1 list (eventually consistent, as every GSI read). */
    public List<Map<String, AttributeValue>> list(TenantId t, String gsi1pk, int limit, boolean newestFirst) {
        QueryRequest.Builder b = QueryRequest.builder().tableName(name).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk").expressionAttributeValues(Map.of(":pk", Attrs.s(gsi1pk)));
        return pages(t, b, limit, newestFirst);
    }

    /**
     * One page of a partition (sort key beginning with {@code skPrefix}), starting after {@code cursor}
     * (see {@link Cursors}); strongly consistent.
     */
    public Slice queryPage(TenantId t, String pk, String skPrefix, int limit, boolean newestFirst, String cursor) {
        QueryRequest.Builder b = QueryRequest.builder().tableName(name).consistentRead(true)
                .keyConditionExpression(skPrefix.isEmpty() ? "PK = :pk" : "PK = :pk AND begins_with(SK, :sk)")
                .expressionAttributeValues(skPrefix.isEmpty() ? Map.of(":pk", Attrs.s(pk)) : Map.of(":pk", Attrs.s(pk), ":sk", Attrs.s(skPrefix)));
        return slice(t, b, limit, newestFirst, Cursors.forTenant(t, cursor));
    }

    /** One page of a GSI1 list, optionally filtered on one attribute ({@code filterName = filterValue}). */
    public Slice listPage(TenantId t, String gsi1pk, int limit, boolean newestFirst, String cursor,
                          String filterName, String filterValue) {
        Map<String, AttributeValue> values = new java.util.HashMap<>(Map.of(":pk", Attrs.s(gsi1pk)));
        QueryRequest.Builder b = QueryRequest.builder().tableName(name).indexName(Keys.GSI1).keyConditionExpression("GSI1PK = :pk");
        if (filterName != null) {
            values.put(":filter", Attrs.s(filterValue));
            b.filterExpression("#filter = :filter").expressionAttributeNames(Map.of("#filter", filterName));
        }
        b.expressionAttributeValues(values);
        return slice(t, b, limit, newestFirst, Cursors.forTenant(t, cursor));
    }

    /**
     * Up to {@code limit} items of a GSI1 list that {@code keep} accepts, examining at most {@code maxExamined} items: for
     * conditions DynamoDB cannot evaluate, such as on fields sealed under the tenant's key (tested here, after decryption).
     * The cursor resumes right after the last item examined, so a page that stopped early continues where it stopped.
     */
    public Slice listMatching(TenantId t, String gsi1pk, int limit, int maxExamined, boolean newestFirst, String cursor,
                              java.util.function.Predicate<Map<String, AttributeValue>> keep) {
        List<Map<String, AttributeValue>> kept = new ArrayList<>();
        int examined = 0;
        String next = cursor;
        while (true) {
            Slice slice = listPage(t, gsi1pk, Math.min(100, maxExamined - examined), newestFirst, next, null, null);
            for (Map<String, AttributeValue> item : slice.items()) {
                examined++;
                if (keep.test(item)) kept.add(item);
                boolean last = item == slice.items().getLast() && slice.lastKey() == null;
                if (!last && (kept.size() == limit || examined == maxExamined)) return new Slice(kept, listKeyOf(item));
            }
            if (slice.lastKey() == null) return new Slice(kept, null);
            next = Cursors.encode(slice.lastKey());
        }
    }

    private static Map<String, AttributeValue> listKeyOf(Map<String, AttributeValue> item) {
        return Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK), Keys.GSI1PK, item.get(Keys.GSI1PK), Keys.GSI1SK, item.get(Keys.GSI1SK));
    }

    /** One page of a GSI1 list filtered by {@code filter} (null for none); filtered-out items do not fill the page. */
    public Slice listPage(TenantId t, String gsi1pk, int limit, boolean newestFirst, String cursor, Filter filter) {
        QueryRequest.Builder b = QueryRequest.builder().tableName(name).indexName(Keys.GSI1).keyConditionExpression("GSI1PK = :pk");
        return filtered(t, b, Map.of(":pk", Attrs.s(gsi1pk)), filter, limit, newestFirst, cursor);
    }

    /** One page of a partition (strongly consistent) filtered by {@code filter} (null for none). */
    public Slice queryPage(TenantId t, String pk, String skPrefix, int limit, boolean newestFirst, String cursor, Filter filter) {
        QueryRequest.Builder b = QueryRequest.builder().tableName(name).consistentRead(true)
                .keyConditionExpression(skPrefix.isEmpty() ? "PK = :pk" : "PK = :pk AND begins_with(SK, :sk)");
        return filtered(t, b, skPrefix.isEmpty() ? Map.of(":pk", Attrs.s(pk)) : Map.of(":pk", Attrs.s(pk), ":sk", Attrs.s(skPrefix)),
                filter, limit, newestFirst, cursor);
    }

    private Slice filtered(TenantId t, QueryRequest.Builder b, Map<String, AttributeValue> keyValues, Filter filter, int limit,
                           boolean newestFirst, String cursor) {
        Map<String, AttributeValue> values = new java.util.HashMap<>(keyValues);
        if (filter != null) {
            values.putAll(filter.values());
            b.filterExpression(filter.expression()).expressionAttributeNames(filter.names().isEmpty() ? null : filter.names());
        }
        b.expressionAttributeValues(values);
        return slice(t, b, limit, newestFirst, Cursors.forTenant(t, cursor));
    }

    private Slice slice(TenantId t, QueryRequest.Builder b, int limit, boolean newestFirst, Map<String, AttributeValue> start) {
        b.scanIndexForward(!newestFirst).overrideConfiguration(scope(t));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        do {
            QueryResponse r = client.query(b.exclusiveStartKey(start).limit(limit - items.size()).build());
            r.items().forEach(i -> read(t, i).ifPresent(items::add));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null && items.size() < limit);
        return new Slice(items, start);
    }

    /** Keys of every item in one shard of the tenant's ByTenant index. */
    public List<Map<String, AttributeValue>> tenantIndexShard(TenantId t, int shard) {
        QueryRequest.Builder b = QueryRequest.builder().tableName(name).indexName(Keys.BY_TENANT)
                .keyConditionExpression("TPK = :tpk")
                .expressionAttributeValues(Map.of(":tpk", Attrs.s(Keys.tenantIndexShard(t, shard))));
        return pages(t, b, Integer.MAX_VALUE, false);
    }

    private List<Map<String, AttributeValue>> pages(TenantId t, QueryRequest.Builder b, int limit, boolean newestFirst) {
        b.scanIndexForward(!newestFirst).overrideConfiguration(scope(t));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse r = client.query(b.exclusiveStartKey(start).limit(Math.min(limit - items.size(), 1000)).build());
            r.items().forEach(i -> read(t, i).ifPresent(items::add));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null && items.size() < limit);
        return items;
    }

    /** Writes these items (all of tenant {@code t}), in batches, retrying what DynamoDB leaves unprocessed. Not atomic. */
    public void putAll(TenantId t, List<TenantItem> items) {
        for (int i = 0; i < items.size(); i += BATCH) {
            List<WriteRequest> writes = items.subList(i, Math.min(i + BATCH, items.size())).stream()
                    .map(item -> WriteRequest.builder().putRequest(p -> p.item(item.attributes())).build()).toList();
            Map<String, List<WriteRequest>> pending = Map.of(name, writes);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = client.batchWriteItem(b -> b.requestItems(request).overrideConfiguration(scope(t))).unprocessedItems();
            }
        }
    }

    /** Deletes the items with these keys (PK and SK), in batches, retrying what DynamoDB leaves unprocessed. */
    public void deleteAll(TenantId t, List<Map<String, AttributeValue>> keys) {
        for (int i = 0; i < keys.size(); i += BATCH) {
            List<WriteRequest> writes = keys.subList(i, Math.min(i + BATCH, keys.size())).stream()
                    .map(k -> WriteRequest.builder().deleteRequest(d -> d.key(key(k.get(Keys.PK).s(), k.get(Keys.SK).s()))).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(name, writes);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = client.batchWriteItem(b -> b.requestItems(request).overrideConfiguration(scope(t)))
                        .unprocessedItems();
            }
        }
    }

    /**
     * Reads these items of tenant {@code t} in one strongly consistent BatchGetItem (up to 100 keys),
     * retrying what DynamoDB leaves unprocessed: one round trip where {@link #get} would take one per key.
     * The answer is keyed by {@code PK + "|" + SK} ({@link #keyOf}); an absent item is simply not in it.
     */
    public Map<String, Map<String, AttributeValue>> getAll(TenantId t, List<Map<String, AttributeValue>> keys) {
        if (keys.size() > 100) throw new IllegalArgumentException("BatchGetItem reads at most 100 keys, not " + keys.size());
        Map<String, Map<String, AttributeValue>> found = new java.util.HashMap<>();
        Map<String, KeysAndAttributes> pending = keys.isEmpty() ? Map.of()
                : Map.of(name, KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
        while (!pending.isEmpty()) {
            Map<String, KeysAndAttributes> request = pending;
            BatchGetItemResponse r = client.batchGetItem(b -> b.requestItems(request).overrideConfiguration(scope(t)));
            r.responses().getOrDefault(name, List.of())
                    .forEach(i -> read(t, i).ifPresent(item -> found.put(keyOf(i.get(Keys.PK).s(), i.get(Keys.SK).s()), item)));
            pending = r.hasUnprocessedKeys() ? r.unprocessedKeys() : Map.of();
        }
        return found;
    }

    /** The name {@link #getAll} gives an item in its answer. */
    public static String keyOf(String pk, String sk) { return pk + "|" + sk; }

    public TransactWriteItem putInTransaction(TenantItem item, String condition) {
        return putInTransaction(item, condition, Map.of());
    }

    public TransactWriteItem putInTransaction(TenantItem item, String condition, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().put(p -> p.tableName(name).item(stored(item)).conditionExpression(condition)
                .expressionAttributeValues(values.isEmpty() ? null : values)).build();
    }

    public static final String NEW_ITEM = "attribute_not_exists(PK)";

    /** Deletes one item in a transaction when {@code condition} holds (or no condition is given). */
    public TransactWriteItem deleteInTransaction(String pk, String sk, String condition, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().delete(d -> d.tableName(name).key(key(pk, sk)).conditionExpression(condition)
                .expressionAttributeValues(values.isEmpty() ? null : values)).build();
    }

    public TransactWriteItem updateInTransaction(String pk, String sk, Expression update) {
        return TransactWriteItem.builder().update(u -> u.tableName(name).key(key(pk, sk))
                .updateExpression(update.update()).conditionExpression(update.condition())
                .expressionAttributeNames(update.names().isEmpty() ? null : update.names())
                .expressionAttributeValues(update.values().isEmpty() ? null : update.values())).build();
    }

    /** Runs a transaction that may also touch the platform table, scoped to {@code t}. */
    public Transaction.Outcome transact(TenantId t, List<TransactWriteItem> items) {
        return Transaction.run(client, items, scope(t));
    }

    public static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(Keys.PK, Attrs.s(pk), Keys.SK, Attrs.s(sk));
    }
}
