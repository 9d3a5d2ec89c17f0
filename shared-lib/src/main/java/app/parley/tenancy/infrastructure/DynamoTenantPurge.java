package app.parley.tenancy.infrastructure;

import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.Tables;
import app.parley.tenancy.application.TenantPurge;
import app.parley.tenancy.model.Tenant;
import app.parley.tenancy.model.TenantId;
import app.parley.tenancy.model.WhatsAppConnection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hard delete: login emails first (they are found through the tenant's users), then every
 * tenant-table item through the sharded ByTenant index (no Scan), then the registry, slug and
 * route, and last the tenant's own key (crypto-shredding: copies of its sealed personal data
 * in backups, exports or media objects stay unreadable). An interrupted purge can simply be run again.
 */
public final class DynamoTenantPurge implements TenantPurge {
    private static final int MAX_PASSES = 10;
    private final Tables tables;

    public DynamoTenantPurge(Tables tables) { this.tables = tables; }

    @Override
    public void purge(Tenant tenant) {
        TenantId t = tenant.id();
        tables.tenant().query(t, Keys.users(t), "", Integer.MAX_VALUE, false)
                .forEach(user -> tables.platform().delete(Keys.platformEmail(Attrs.str(user, "email")), Keys.META));
        for (int shard = 0; shard < Keys.TENANT_INDEX_SHARDS; shard++) purgeShard(t, shard);
        if (tenant.whatsapp() instanceof WhatsAppConnection.Cloud cloud) {
            tables.platform().delete(Keys.platformPhoneNumber(cloud.phoneNumberId()), Keys.ROUTE);
        }
        tables.platform().delete(Keys.platformSlug(tenant.slug()), Keys.META);
        tables.platform().delete(Keys.platformTenant(t), Keys.META);
        tables.tenant().shred(t);
    }

    /** The index is eventually consistent: repeat until a pass finds nothing. */
    private void purgeShard(TenantId t, int shard) {
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Map<String, AttributeValue>> keys = tables.tenant().tenantIndexShard(t, shard);
            if (keys.isEmpty()) return;
            tables.tenant().deleteAll(t, keys);
        }
        throw new IllegalStateException("tenant index shard " + shard + " still not empty after purge passes");
    }
}
