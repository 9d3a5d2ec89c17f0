package app.parley.privacy.infrastructure;

import app.parley.tenancy.model.TenantId;
import com.amazonaws.encryptionsdk.MasterKeyProvider;

/** Where each tenant's own key lives: a KMS key per tenant in AWS, a local AES key on the local stack. */
interface TenantKeys {
    /** The tenant's key as the Encryption SDK uses it; made on first use. Strict: opens nothing of another tenant. */
    MasterKeyProvider<?> provider(TenantId tenant);

    /** 256 secret bits of the tenant for keyed lookups; gone with the tenant's key. */
    byte[] lookupSecret(TenantId tenant);

    /** Destroys the tenant's key (KMS: schedules its deletion after the shortest window, 7 days, and drops its alias). */
    void destroy(TenantId tenant);
}
