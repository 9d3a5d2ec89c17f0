package app.parley.gateway.vault;

import app.parley.tenancy.model.TenantId;

/** Per-tenant data keys from a key service (KMS): the plaintext key stays in memory only. */
public interface DataKeys {
    DataKey generate(TenantId tenant);

    /** The plaintext of a key generated for {@code tenant}; KeyRefused when it was not. */
    byte[] decrypt(TenantId tenant, byte[] encryptedKey) throws KeyRefused;

    record DataKey(byte[] plaintext, byte[] encrypted) {}

    final class KeyRefused extends Exception {
        public KeyRefused(String message) {
            super(message);
        }
    }
}
