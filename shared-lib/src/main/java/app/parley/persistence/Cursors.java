package app.parley.persistence;

import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Opaque list cursors: a query's LastEvaluatedKey as base64url JSON. A cursor comes back from a
 * client, so decoding refuses any partition attribute outside the caller's scope: a cursor made
 * up to point into another tenant's partition is a bad cursor, never a way in.
 */
public final class Cursors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PARTITIONS = Set.of(Keys.PK, Keys.GSI1PK, Keys.TPK);
    private static final int MAX_LENGTH = 2048;

    private Cursors() {}

    static String encode(Map<String, AttributeValue> lastKey) {
        Map<String, String> plain = new TreeMap<>();
        lastKey.forEach((k, v) -> plain.put(k, v.s()));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(plain));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The start key of a tenant query; null for no cursor; IllegalArgumentException for a bad one. */
    public static Map<String, AttributeValue> forTenant(TenantId tenant, String cursor) {
        return decode(cursor, Keys.tenantPrefix(tenant));
    }

    public static Map<String, AttributeValue> forPlatform(String cursor) {
        return decode(cursor, Keys.PLATFORM_PREFIX);
    }

    private static Map<String, AttributeValue> decode(String cursor, String requiredPrefix) {
        if (cursor == null || cursor.isEmpty()) return null;
        Map<String, String> plain = parse(cursor);
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        plain.forEach((name, value) -> {
            if (value == null || (PARTITIONS.contains(name) && !value.startsWith(requiredPrefix))) throw bad();
            key.put(name, AttributeValue.fromS(value));
        });
        if (!key.containsKey(Keys.PK) || !key.containsKey(Keys.SK)) throw bad();
        return key;
    }

    private static Map<String, String> parse(String cursor) {
        if (cursor.length() > MAX_LENGTH) throw bad();
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(cursor), new TypeReference<Map<String, String>>() {});
        } catch (IOException | IllegalArgumentException e) {
            throw bad();
        }
    }

    private static IllegalArgumentException bad() {
        return new IllegalArgumentException("not a cursor of this list");
    }
}
