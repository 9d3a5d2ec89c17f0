package app.parley.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Attributes of one item. Key attributes are set only by the subclasses' factories. */
public abstract sealed class ItemBuilder<B extends ItemBuilder<B>> permits TenantItem, PlatformItem {
    private static final Set<String> KEY_ATTRIBUTES =
            Set.of(Keys.PK, Keys.SK, Keys.GSI1PK, Keys.GSI1SK, Keys.TPK, Keys.TSK);
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    protected abstract B self();

    protected final void key(String name, String value) {
        values.put(name, AttributeValue.fromS(value));
    }

    public final B with(String name, AttributeValue value) {
        if (KEY_ATTRIBUTES.contains(name)) throw new IllegalArgumentException(name + " is set by the key factory only");
        if (value != null) values.put(name, value);
        return self();
    }

    public final B with(String name, String value) { return with(name, value == null ? null : Attrs.s(value)); }
    public final B with(String name, long value) { return with(name, Attrs.n(value)); }
    public final B with(String name, BigDecimal value) { return with(name, value == null ? null : Attrs.n(value)); }
    public final B with(String name, boolean value) { return with(name, Attrs.flag(value)); }
    public final B with(String name, Instant value) { return with(name, value == null ? null : value.toString()); }
    public final B with(String name, List<String> value) { return with(name, value == null ? null : Attrs.strings(value)); }
    public final B with(String name, Map<String, String> value) { return with(name, value == null ? null : Attrs.stringMap(value)); }

    public final B expiresAt(Instant when) { return with(Keys.EXPIRES_AT, Attrs.n(when.getEpochSecond())); }

    public final Map<String, AttributeValue> attributes() { return Map.copyOf(values); }
}
