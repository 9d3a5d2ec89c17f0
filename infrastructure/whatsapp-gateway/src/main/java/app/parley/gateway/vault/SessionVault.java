package app.parley.gateway.vault;

import app.parley.gateway.client.SessionRef;
import app.parley.gateway.client.SessionState;
import app.parley.gateway.client.StatePart;
import app.parley.gateway.client.StateRead;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantTable;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sealed session credentials: the bytes in the {@link BlobStore} under a key that includes the
 * writer's fencing token, the pointer to them in DynamoDB. The pointer only moves forward: a
 * write whose fence is older than the stored one is refused, so a task that lost its lease
 * cannot overwrite the new owner's keys.
 */
public final class SessionVault {
    private final TenantTable table;
    private final BlobStore blobs;
    private final EnvelopeCipher cipher;

    public SessionVault(TenantTable table, BlobStore blobs, EnvelopeCipher cipher) {
        this.table = table;
        this.blobs = blobs;
        this.cipher = cipher;
    }

    /** The session's state as seen by the holder of the lease with this fencing token. */
    public SessionState bind(SessionRef ref, long fence) {
        return new SessionState() {
            @Override public StateRead load(StatePart part) { return SessionVault.this.load(ref, part); }
            @Override public boolean save(StatePart part, byte[] plaintext) { return SessionVault.this.save(ref, part, plaintext, fence); }
            @Override public void erase() { SessionVault.this.erase(ref); }
        };
    }

    public StateRead load(SessionRef ref, StatePart part) {
        Optional<String> blobKey = pointer(ref).map(item -> Attrs.optStr(item, attribute(part)));
        if (blobKey.isEmpty()) return new StateRead.Missing();
        Optional<byte[]> sealed = blobs.get(blobKey.get());
        if (sealed.isEmpty()) return new StateRead.Refused("the pointer names a blob that is gone");
        return switch (cipher.open(ref.tenant(), associatedData(ref, part), sealed.get())) {
            case EnvelopeCipher.Opened.Plain plain -> new StateRead.Found(plain.bytes());
            case EnvelopeCipher.Opened.Refused refused -> new StateRead.Refused(refused.reason());
        };
    }

    public boolean save(SessionRef ref, StatePart part, byte[] plaintext, long fence) {
        String key = Keys.sessionStateBlob(ref.tenant(), ref.session().value(), fence, part.fileName());
        Optional<String> previous = pointer(ref).map(item -> Attrs.optStr(item, attribute(part)));
        blobs.put(key, cipher.seal(ref.tenant(), associatedData(ref, part), plaintext));
        boolean moved = table.update(ref.tenant(), partition(ref), sortKey(ref), pointerUpdate(ref, part, key, fence)).isPresent();
        if (!moved) blobs.delete(key);
        else previous.filter(old -> !old.equals(key)).ifPresent(blobs::delete);
        return moved;
    }

    /** Moves the pointer forward only; the item keeps the tenant index keys every tenant item has. */
    private static Expression pointerUpdate(SessionRef ref, StatePart part, String blobKey, long fence) {
        String pk = partition(ref);
        String sk = sortKey(ref);
        return new Expression(
                "SET #blob = :blob, fence = :fence, TPK = if_not_exists(TPK, :tpk), TSK = if_not_exists(TSK, :tsk)",
                "attribute_not_exists(fence) OR fence <= :fence",
                Map.of("#blob", attribute(part)),
                Map.of(":blob", Attrs.s(blobKey), ":fence", Attrs.n(fence),
                        ":tpk", Attrs.s(Keys.tenantIndexPartition(ref.tenant(), pk, sk)),
                        ":tsk", Attrs.s(Keys.tenantIndexSort(pk, sk))));
    }

    public void erase(SessionRef ref) {
        pointer(ref).ifPresent(item -> {
            for (StatePart part : StatePart.values()) {
                String key = Attrs.optStr(item, attribute(part));
                if (key != null) blobs.delete(key);
            }
        });
        table.delete(ref.tenant(), partition(ref), sortKey(ref));
    }

    private Optional<Map<String, AttributeValue>> pointer(SessionRef ref) {
        return table.get(ref.tenant(), partition(ref), sortKey(ref));
    }

    private static String partition(SessionRef ref) {
        return Keys.whatsAppSessions(ref.tenant());
    }

    private static String sortKey(SessionRef ref) {
        return Keys.sessionVault(ref.session().value());
    }

    private static String attribute(StatePart part) {
        return part.name().toLowerCase(java.util.Locale.ROOT) + "Blob";
    }

    private static String associatedData(SessionRef ref, StatePart part) {
        return ref.tenant().value() + "|" + ref.session().value() + "|" + part.name();
    }
}
