package app.parley.privacy.application;

import app.parley.tenancy.model.TenantId;
import java.util.Map;

/**
 * Envelope encryption of personal data under the tenant's own key (KMS in AWS, a local key on the
 * local stack). Destroying the tenant's key ({@link #shred}) makes every sealed copy unreadable,
 * wherever it was copied to (backups, raw table exports, dead-letter queues).
 */
public interface TenantCrypto {
    /** The context entry that names the tenant; always bound to what is sealed. */
    String TENANT = "parley:tenant";
    /** The context entry that says what a sealed value is (e.g. the attribute it is stored in). */
    String PURPOSE = "parley:purpose";

    /** What {@link #open(TenantId, byte[])} recovered, with the authenticated context it was sealed with. */
    record Opened(byte[] plaintext, Map<String, String> context) {}

    /** Seals {@code plaintext} for {@code tenant}; every context entry is authenticated with it. */
    byte[] seal(TenantId tenant, Map<String, String> context, byte[] plaintext);

    /** Opens what {@link #seal} made for this tenant; refuses another tenant's, tampered or shredded data. */
    Opened open(TenantId tenant, byte[] sealed) throws PersonalDataUnreadable;

    default byte[] seal(TenantId tenant, String purpose, byte[] plaintext) {
        return seal(tenant, Map.of(PURPOSE, purpose), plaintext);
    }

    /** Opens and checks the purpose too: a value moved to another attribute is refused. */
    default byte[] open(TenantId tenant, String purpose, byte[] sealed) throws PersonalDataUnreadable {
        Opened opened = open(tenant, sealed);
        if (!purpose.equals(opened.context().get(PURPOSE))) {
            throw new PersonalDataUnreadable("sealed for another purpose", null);
        }
        return opened.plaintext();
    }

    /**
     * A keyed, deterministic stand-in for a value used in a key (a phone number claim): equal values
     * give equal lookups within one tenant, and nothing about the value can be learned without the tenant's key.
     */
    String lookup(TenantId tenant, String value);

    /** Destroys the tenant's key (crypto-shredding): nothing sealed for it opens again. */
    void shred(TenantId tenant);
}
