package app.parley.persistence;

import app.parley.tenancy.model.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.*;

/** Decides whether one request stays inside its tenant scope; returns the reason when it does not. */
final class IsolationRules {
    private static final Set<String> PARTITIONS = Set.of(Keys.PK, Keys.GSI1PK, Keys.TPK);
    private static final Pattern ASSIGNMENT = Pattern.compile("(#?[A-Za-z0-9_]+)\\s*=\\s*(:[A-Za-z0-9_]+)");

    private final String tenantTable;

    IsolationRules(String tenantTable) { this.tenantTable = tenantTable; }

    Optional<String> refusal(SdkRequest request, TenantId scope) {
        return firstOf(checks(request).map(check -> check.apply(scope)));
    }

    private Stream<Check> checks(SdkRequest request) {
        return switch (request) {
            case GetItemRequest r -> on(r.tableName(), s -> key(s, r.key()));
            case PutItemRequest r -> on(r.tableName(), s -> item(s, r.item()));
            case DeleteItemRequest r -> on(r.tableName(), s -> key(s, r.key()));
            case UpdateItemRequest r -> on(r.tableName(), s -> update(s, r.key(), r.updateExpression(),
                    r.expressionAttributeNames(), r.expressionAttributeValues()));
            case QueryRequest r -> on(r.tableName(), s -> query(s, r));
            case ScanRequest r -> isTenantTable(r.tableName()) ? Stream.<Check>of(s -> Optional.of("scan of the tenant table")) : Stream.empty();
            case BatchGetItemRequest r -> r.requestItems().entrySet().stream()
                    .flatMap(e -> e.getValue().keys().stream().flatMap(k -> on(e.getKey(), s -> key(s, k))));
            case BatchWriteItemRequest r -> r.requestItems().entrySet().stream()
                    .flatMap(e -> e.getValue().stream().flatMap(w -> on(e.getKey(), s -> write(s, w))));
            case TransactWriteItemsRequest r -> r.transactItems().stream().flatMap(this::transactWrite);
            case TransactGetItemsRequest r -> r.transactItems().stream()
                    .flatMap(g -> on(g.get().tableName(), s -> key(s, g.get().key())));
            case ExecuteStatementRequest r -> partiql(r.statement());
            case BatchExecuteStatementRequest r -> r.statements().stream().flatMap(st -> partiql(st.statement()));
            case ExecuteTransactionRequest r -> r.transactStatements().stream().flatMap(st -> partiql(st.statement()));
            default -> Stream.empty();
        };
    }

    private Stream<Check> transactWrite(TransactWriteItem t) {
        if (t.put() != null) return on(t.put().tableName(), s -> item(s, t.put().item()));
        if (t.delete() != null) return on(t.delete().tableName(), s -> key(s, t.delete().key()));
        if (t.conditionCheck() != null) return on(t.conditionCheck().tableName(), s -> key(s, t.conditionCheck().key()));
        Update u = t.update();
        return on(u.tableName(), s -> update(s, u.key(), u.updateExpression(),
                u.expressionAttributeNames(), u.expressionAttributeValues()));
    }

    private Stream<Check> partiql(String statement) {
        boolean touches = statement != null && statement.contains(tenantTable);
        return touches ? Stream.<Check>of(s -> Optional.of("PartiQL on the tenant table")) : Stream.empty();
    }

    /** Checks apply only to the tenant table, and there only with a scope. */
    private Stream<Check> on(String table, Check check) {
        if (!isTenantTable(table)) return Stream.empty();
        return Stream.of(scope -> scope == null ? Optional.of("request to the tenant table without a tenant scope") : check.apply(scope));
    }

    private boolean isTenantTable(String table) {
        return table != null && (table.equals(tenantTable) || table.endsWith(":table/" + tenantTable));
    }

    private static Optional<String> write(TenantId scope, WriteRequest w) {
        return w.putRequest() != null ? item(scope, w.putRequest().item()) : key(scope, w.deleteRequest().key());
    }

    private static Optional<String> key(TenantId scope, Map<String, AttributeValue> key) {
        return own(scope, Keys.PK, key.get(Keys.PK), true);
    }

    private static Optional<String> item(TenantId scope, Map<String, AttributeValue> item) {
        return firstOf(Stream.of(
                own(scope, Keys.PK, item.get(Keys.PK), true),
                own(scope, Keys.TPK, item.get(Keys.TPK), true),
                own(scope, Keys.GSI1PK, item.get(Keys.GSI1PK), false)));
    }

    private static Optional<String> update(TenantId scope, Map<String, AttributeValue> key, String expression,
                                           Map<String, String> names, Map<String, AttributeValue> values) {
        Optional<String> keyRefusal = key(scope, key);
        if (keyRefusal.isPresent()) return keyRefusal;
        return firstOf(assignments(expression, names, values).entrySet().stream()
                .map(e -> own(scope, e.getKey(), e.getValue(), true)));
    }

    private static Optional<String> query(TenantId scope, QueryRequest r) {
        if (r.hasKeyConditions()) return Optional.of("legacy KeyConditions are not allowed on the tenant table");
        Map<String, AttributeValue> partitions = assignments(r.keyConditionExpression(),
                r.expressionAttributeNames(), r.expressionAttributeValues());
        if (partitions.isEmpty()) return Optional.of("query without a partition key condition");
        return firstOf(partitions.entrySet().stream().map(e -> own(scope, e.getKey(), e.getValue(), true)));
    }

    /** Partition attributes (PK, GSI1PK, TPK) set to a value by {@code name = :value} in an expression. */
    private static Map<String, AttributeValue> assignments(String expression, Map<String, String> names,
                                                          Map<String, AttributeValue> values) {
        Map<String, AttributeValue> found = new HashMap<>();
        if (expression == null) return found;
        Matcher m = ASSIGNMENT.matcher(expression);
        while (m.find()) {
            String name = m.group(1).startsWith("#") ? names.get(m.group(1)) : m.group(1);
            if (name != null && PARTITIONS.contains(name)) found.put(name, values.get(m.group(2)));
        }
        return found;
    }

    private static Optional<String> own(TenantId scope, String name, AttributeValue value, boolean required) {
        if (value == null) return required ? Optional.of(name + " missing") : Optional.empty();
        if (value.s() == null || !value.s().startsWith(Keys.tenantPrefix(scope))) {
            return Optional.of(name + " outside the tenant scope");
        }
        return Optional.empty();
    }

    private static Optional<String> firstOf(Stream<Optional<String>> refusals) {
        return refusals.flatMap(Optional::stream).findFirst();
    }

    @FunctionalInterface
    private interface Check {
        Optional<String> apply(TenantId scope);
    }

}
