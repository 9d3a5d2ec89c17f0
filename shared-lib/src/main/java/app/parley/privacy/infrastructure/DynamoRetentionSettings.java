package app.parley.privacy.infrastructure;

import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.privacy.application.RetentionSettings;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** {@code T#t#TENANT / SETTINGS#RETENTION} with {@code messageDays}; the table stamps messages from it. */
public final class DynamoRetentionSettings implements RetentionSettings {
    private final TenantTable table;

    public DynamoRetentionSettings(TenantTable table) {
        this.table = table;
    }

    @Override
    public Optional<Integer> messageDays(TenantId tenant) {
        return table.get(tenant, Keys.tenantProfile(tenant), Keys.SETTINGS_RETENTION)
                .filter(i -> i.containsKey("messageDays")).map(i -> (int) Attrs.num(i, "messageDays"));
    }

    @Override
    public void keepMessagesFor(TenantId tenant, Optional<Integer> days) {
        days.ifPresent(d -> {
            if (d < MIN_DAYS || d > MAX_DAYS) throw new IllegalArgumentException("retention days out of range");
        });
        TenantItem item = TenantItem.of(tenant, Keys.tenantProfile(tenant), Keys.SETTINGS_RETENTION);
        days.ifPresent(d -> item.with("messageDays", d.longValue()));
        table.put(item);
        table.retentionChanged(tenant);
    }
}
