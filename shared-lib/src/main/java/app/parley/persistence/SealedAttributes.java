package app.parley.persistence;

import app.parley.privacy.application.TenantCrypto;
import app.parley.tenancy.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Personal attributes at rest: stored as binary Encryption SDK messages sealed under the tenant's key
 * (purpose = the attribute name), listed in {@link #SEALED}; opened back to strings on every read.
 */
final class SealedAttributes {
    /** The names of an item's sealed attributes. */
    static final String SEALED = "sealed";
    private final TenantCrypto crypto;

    SealedAttributes(TenantCrypto crypto) {
        this.crypto = crypto;
    }

    String lookup(TenantId t, String value) {
        return crypto.lookup(t, value);
    }

    void shred(TenantId t) {
        crypto.shred(t);
    }

    Map<String, AttributeValue> seal(TenantItem item) {
        Map<String, String> personal = item.personal();
        if (personal.isEmpty()) return item.attributes();
        Map<String, AttributeValue> stored = new HashMap<>(item.attributes());
        personal.forEach((name, value) -> stored.put(name, AttributeValue.fromB(SdkBytes.fromByteArray(
                crypto.seal(item.tenant(), name, value.getBytes(StandardCharsets.UTF_8))))));
        stored.put(SEALED, AttributeValue.fromSs(List.copyOf(personal.keySet())));
        return stored;
    }

    Map<String, AttributeValue> open(TenantId t, Map<String, AttributeValue> item) {
        AttributeValue names = item.get(SEALED);
        if (names == null || !names.hasSs()) return item;
        Map<String, AttributeValue> opened = new HashMap<>(item);
        opened.remove(SEALED);
        for (String name : names.ss()) {
            AttributeValue value = item.get(name);
            if (value == null || value.b() == null) continue;
            opened.put(name, AttributeValue.fromS(new String(crypto.open(t, name, value.b().asByteArray()), StandardCharsets.UTF_8)));
        }
        return opened;
    }
}
