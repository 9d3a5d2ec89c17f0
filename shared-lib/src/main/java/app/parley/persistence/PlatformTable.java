package app.parley.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.*;

/** The platform table: registry, uniqueness items, routes and platform settings ({@code P#...}). */
public final class PlatformTable {
    private final DynamoDbClient client;
    private final String name;

    public PlatformTable(DynamoDbClient client, String name) {
        this.client = client;
        this.name = name;
    }

    public String name() { return name; }

    public Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        GetItemResponse r = client.getItem(b -> b.tableName(name).key(TenantTable.key(pk, sk)).consistentRead(true));
        return r.hasItem() && !r.item().isEmpty() ? Optional.of(r.item()) : Optional.empty();
    }

    public void put(PlatformItem item) {
        client.putItem(b -> b.tableName(name).item(item.attributes()));
    }

    public boolean putIfAbsent(PlatformItem item) {
        try {
            client.putItem(b -> b.tableName(name).item(item.attributes()).conditionExpression("attribute_not_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Writes the item only if {@code condition} holds for the stored one. */
    public boolean putIf(PlatformItem item, String condition, Map<String, AttributeValue> values) {
        try {
            client.putItem(b -> b.tableName(name).item(item.attributes()).conditionExpression(condition)
                    .expressionAttributeValues(values.isEmpty() ? null : values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Applies an update expression under a condition; the new item, or empty when the condition failed. */
    public Optional<Map<String, AttributeValue>> update(String pk, String sk, Expression update) {
        try {
            return Optional.of(client.updateItem(b -> b.tableName(name).key(TenantTable.key(pk, sk))
                    .updateExpression(update.update()).conditionExpression(update.condition())
                    .expressionAttributeNames(update.names().isEmpty() ? null : update.names())
                    .expressionAttributeValues(update.values().isEmpty() ? null : update.values())
                    .returnValues(ReturnValue.ALL_NEW)).attributes());
        } catch (ConditionalCheckFailedException e) {
            return Optional.empty();
        }
    }

    /** Deletes the item only if {@code condition} holds; true when it did. */
    public boolean deleteIf(String pk, String sk, String condition, Map<String, AttributeValue> values) {
        try {
            client.deleteItem(b -> b.tableName(name).key(TenantTable.key(pk, sk)).conditionExpression(condition)
                    .expressionAttributeValues(values.isEmpty() ? null : values));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** One page of a partition, starting after {@code cursor} (see {@link Cursors}). */
    public Slice queryPage(String pk, int limit, boolean newestFirst, String cursor) {
        QueryRequest.Builder b = QueryRequest.builder().tableName(name).consistentRead(true)
                .keyConditionExpression("PK = :pk").expressionAttributeValues(Map.of(":pk", Attrs.s(pk)))
                .scanIndexForward(!newestFirst);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = Cursors.forPlatform(cursor);
        do {
            QueryResponse r = client.query(b.exclusiveStartKey(start).limit(limit - items.size()).build());
            items.addAll(r.items());
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null && items.size() < limit);
        return new Slice(items, start);
    }

    public TransactWriteItem updateInTransaction(String pk, String sk, Expression update) {
        return TransactWriteItem.builder().update(u -> u.tableName(name).key(TenantTable.key(pk, sk))
                .updateExpression(update.update()).conditionExpression(update.condition())
                .expressionAttributeNames(update.names().isEmpty() ? null : update.names())
                .expressionAttributeValues(update.values().isEmpty() ? null : update.values())).build();
    }

    public void delete(String pk, String sk) {
        client.deleteItem(b -> b.tableName(name).key(TenantTable.key(pk, sk)));
    }

    public List<Map<String, AttributeValue>> query(String pk, String skPrefix, int limit, boolean newestFirst) {
        return pages(QueryRequest.builder().tableName(name).consistentRead(true)
                .keyConditionExpression(skPrefix.isEmpty() ? "PK = :pk" : "PK = :pk AND begins_with(SK, :sk)")
                .expressionAttributeValues(skPrefix.isEmpty() ? Map.of(":pk", Attrs.s(pk)) : Map.of(":pk", Attrs.s(pk), ":sk", Attrs.s(skPrefix))), limit, newestFirst);
    }

    public List<Map<String, AttributeValue>> list(String gsi1pk, int limit) {
        return pages(QueryRequest.builder().tableName(name).indexName(Keys.GSI1)
                .keyConditionExpression("GSI1PK = :pk").expressionAttributeValues(Map.of(":pk", Attrs.s(gsi1pk))), limit, false);
    }

    private List<Map<String, AttributeValue>> pages(QueryRequest.Builder b, int limit, boolean newestFirst) {
        b.scanIndexForward(!newestFirst);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse r = client.query(b.exclusiveStartKey(start).limit(Math.min(limit - items.size(), 1000)).build());
            items.addAll(r.items());
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null && items.size() < limit);
        return items;
    }

    public TransactWriteItem putInTransaction(PlatformItem item, String condition) {
        return putInTransaction(item, condition, Map.of());
    }

    public TransactWriteItem putInTransaction(PlatformItem item, String condition, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().put(p -> p.tableName(name).item(item.attributes()).conditionExpression(condition)
                .expressionAttributeValues(values.isEmpty() ? null : values)).build();
    }

    /** A transaction on platform items only (tenant items go through {@link TenantTable#transact}). */
    public Transaction.Outcome transact(List<TransactWriteItem> items) {
        return Transaction.run(client, items, null);
    }

    public TransactWriteItem deleteInTransaction(String pk, String sk) {
        return TransactWriteItem.builder().delete(d -> d.tableName(name).key(TenantTable.key(pk, sk))).build();
    }
}
