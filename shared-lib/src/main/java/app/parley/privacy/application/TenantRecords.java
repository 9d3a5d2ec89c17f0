package app.parley.privacy.application;

import app.parley.privacy.model.StoredRecord;
import app.parley.tenancy.model.TenantId;
import java.util.List;

/** Every stored item of one tenant (through the sharded per-tenant index, no Scan), for export and erasure. */
public interface TenantRecords {
    List<StoredRecord> all(TenantId tenant);

    void delete(TenantId tenant, List<StoredRecord> records);
}
