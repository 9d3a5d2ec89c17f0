package app.parley.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Conversions between DynamoDB attribute values and plain Java values, for the adapters. */
public final class Attrs {
    private Attrs() {}

    public static AttributeValue s(String value) { return AttributeValue.fromS(value); }
    public static AttributeValue n(long value) { return AttributeValue.fromN(Long.toString(value)); }
    public static AttributeValue n(BigDecimal value) { return AttributeValue.fromN(value.toPlainString()); }
    public static AttributeValue flag(boolean value) { return AttributeValue.fromBool(value); }

    public static AttributeValue strings(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }

    public static AttributeValue stringMap(Map<String, String> values) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, AttributeValue.fromS(v)));
        return AttributeValue.fromM(m);
    }

    public static String str(Map<String, AttributeValue> item, String name) {
        String value = optStr(item, name);
        if (value == null) throw new IllegalStateException("stored item lacks " + name);
        return value;
    }

    public static String optStr(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    public static long num(Map<String, AttributeValue> item, String name) {
        return Long.parseLong(item.get(name).n());
    }

    public static BigDecimal decimal(Map<String, AttributeValue> item, String name) {
        return new BigDecimal(item.get(name).n());
    }

    public static boolean flag(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v != null && Boolean.TRUE.equals(v.bool());
    }

    public static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? List.of() : v.l().stream().map(AttributeValue::s).toList();
    }

    public static Map<String, String> stringMap(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        Map<String, String> out = new LinkedHashMap<>();
        if (v != null) v.m().forEach((k, value) -> out.put(k, value.s()));
        return out;
    }

    public static Instant instant(Map<String, AttributeValue> item, String name) {
        String v = optStr(item, name);
        return v == null ? null : Instant.parse(v);
    }
}
