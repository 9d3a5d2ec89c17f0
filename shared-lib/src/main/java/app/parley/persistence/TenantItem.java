package app.parley.persistence;

import app.parley.tenancy.model.TenantId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The only way to make an item for the tenant data table: it always carries the tenant's
 * sharded index keys (TPK/TSK), so export and hard delete find every item of a tenant.
 */
public final class TenantItem extends ItemBuilder<TenantItem> {
    private final TenantId tenant;
    private final Map<String, String> personal = new LinkedHashMap<>();

    private TenantItem(TenantId tenant) { this.tenant = tenant; }

    public static TenantItem of(TenantId tenant, String pk, String sk) {
        requireOwn(tenant, pk);
        TenantItem item = new TenantItem(tenant);
        item.key(Keys.PK, pk);
        item.key(Keys.SK, sk);
        item.key(Keys.TPK, Keys.tenantIndexPartition(tenant, pk, sk));
        item.key(Keys.TSK, Keys.tenantIndexSort(pk, sk));
        return item;
    }

    /** Lists the item in GSI1 (tenant-scoped lists such as orders by status). */
    public TenantItem listedUnder(String gsi1pk, String gsi1sk) {
        requireOwn(tenant, gsi1pk);
        key(Keys.GSI1PK, gsi1pk);
        key(Keys.GSI1SK, gsi1sk);
        return this;
    }

    /**
     * Personal data (a customer's phone or name, a message body): {@link TenantTable} stores it sealed
     * under the tenant's own key and opens it again on every read.
     */
    public TenantItem withPersonal(String name, String value) {
        with(name, (String) null);
        if (value != null) personal.put(name, value);
        return this;
    }

    /**
     * Kept only as long as the tenant's message retention says ({@code SETTINGS#RETENTION}): the table
     * sets {@code expiresAt} (DynamoDB TTL) when writing it and hides it from reads once expired.
     */
    public TenantItem retained() {
        return with(MessageRetention.RETAINED, "messages");
    }

    public TenantId tenant() { return tenant; }

    /** The personal attributes still in plaintext; only {@link TenantTable} reads them, to seal them. */
    Map<String, String> personal() { return Collections.unmodifiableMap(personal); }

    @Override protected TenantItem self() { return this; }

    private static void requireOwn(TenantId tenant, String partition) {
        if (!partition.startsWith(Keys.tenantPrefix(tenant))) {
            throw new IllegalArgumentException("partition key outside the tenant");
        }
    }
}
