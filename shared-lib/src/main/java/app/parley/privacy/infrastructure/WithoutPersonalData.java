package app.parley.privacy.infrastructure;

import app.parley.privacy.application.PersonalDataUnreadable;
import app.parley.privacy.application.TenantCrypto;
import app.parley.tenancy.model.TenantId;
import java.util.Map;

/**
 * The tenant crypto of a function that holds no personal data (billing: plans, usage, invoices): it has
 * no tenant keys, so it cannot seal nor open, and it carries no Encryption SDK. A sealed attribute
 * reaching such a function is refused instead of read.
 */
public final class WithoutPersonalData implements TenantCrypto {
    @Override
    public byte[] seal(TenantId tenant, Map<String, String> context, byte[] plaintext) {
        throw new IllegalStateException("this function holds no personal data and has no tenant keys to seal with");
    }

    @Override
    public Opened open(TenantId tenant, byte[] sealed) throws PersonalDataUnreadable {
        throw new PersonalDataUnreadable("this function holds no personal data and has no tenant keys", null);
    }

    @Override
    public String lookup(TenantId tenant, String value) {
        throw new IllegalStateException("this function holds no personal data and has no tenant keys");
    }

    @Override
    public void shred(TenantId tenant) {
        throw new IllegalStateException("this function holds no personal data and has no tenant keys");
    }
}
