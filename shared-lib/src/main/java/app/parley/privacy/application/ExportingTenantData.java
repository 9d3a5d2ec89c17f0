package app.parley.privacy.application;

import app.parley.privacy.model.StoredRecord;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Everything a tenant has stored with us, personal fields opened (the tenant's own data portability). */
public final class ExportingTenantData {
    public record TenantExport(String tenantId, Instant exportedAt, List<StoredRecord> records) {}

    private final TenantRecords records;
    private final Clock clock;

    public ExportingTenantData(TenantRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public TenantExport export(TenantId tenant) {
        return new TenantExport(tenant.value(), clock.instant(), records.all(tenant));
    }
}
