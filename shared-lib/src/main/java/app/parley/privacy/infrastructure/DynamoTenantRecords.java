package app.parley.privacy.infrastructure;

import app.parley.persistence.Keys;
import app.parley.persistence.TenantTable;
import app.parley.privacy.application.TenantRecords;
import app.parley.privacy.model.StoredRecord;
import app.parley.tenancy.model.TenantId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads every item of a tenant through the sharded ByTenant index (keys), then each item itself
 * (personal fields opened by the table); key attributes are left out of the plain records.
 */
public final class DynamoTenantRecords implements TenantRecords {
    private static final Set<String> KEYS = Set.of(Keys.PK, Keys.SK, Keys.TPK, Keys.TSK, Keys.GSI1PK, Keys.GSI1SK, "sealed");
    private final TenantTable table;

    public DynamoTenantRecords(TenantTable table) {
        this.table = table;
    }

    @Override
    public List<StoredRecord> all(TenantId tenant) {
        List<StoredRecord> records = new ArrayList<>();
        for (int shard = 0; shard < Keys.TENANT_INDEX_SHARDS; shard++) {
            for (Map<String, AttributeValue> key : table.tenantIndexShard(tenant, shard)) {
                String pk = key.get(Keys.PK).s();
                String sk = key.get(Keys.SK).s();
                table.get(tenant, pk, sk).ifPresent(item -> records.add(new StoredRecord(pk, sk, kind(tenant, pk), plain(item))));
            }
        }
        return records;
    }

    @Override
    public void delete(TenantId tenant, List<StoredRecord> records) {
        table.deleteAll(tenant, records.stream().map(r -> TenantTable.key(r.pk(), r.sk())).toList());
    }

    private static String kind(TenantId tenant, String pk) {
        String rest = pk.substring(Keys.tenantPrefix(tenant).length());
        int end = rest.indexOf('#');
        return end < 0 ? rest : rest.substring(0, end);
    }

    private static Map<String, Object> plain(Map<String, AttributeValue> item) {
        Map<String, Object> plain = new LinkedHashMap<>();
        item.forEach((name, value) -> {
            Object plainValue = value(value);
            if (!KEYS.contains(name) && plainValue != null) plain.put(name, plainValue);
        });
        return plain;
    }

    private static Object value(AttributeValue v) {
        if (v.s() != null) return v.s();
        if (v.n() != null) return new BigDecimal(v.n());
        if (v.bool() != null) return v.bool();
        if (v.b() != null) return Base64.getEncoder().encodeToString(v.b().asByteArray());
        if (v.hasL()) return v.l().stream().map(DynamoTenantRecords::value).toList();
        if (v.hasM()) {
            Map<String, Object> m = new LinkedHashMap<>();
            v.m().forEach((k, x) -> m.put(k, value(x)));
            return m;
        }
        if (v.hasSs()) return List.copyOf(v.ss());
        if (v.hasNs()) return v.ns().stream().map(BigDecimal::new).toList();
        return null;
    }
}
