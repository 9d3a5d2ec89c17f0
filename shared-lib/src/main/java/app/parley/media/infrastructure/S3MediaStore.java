package app.parley.media.infrastructure;

import app.parley.media.application.MediaOpening;
import app.parley.media.application.MediaStore;
import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/**
 * Media in the media bucket under its reference as object key, sealed by {@link TenantEnvelopes} before it
 * leaves. Spoken to through {@link S3Objects} (signed REST calls), not the S3 service client.
 */
public final class S3MediaStore implements MediaStore {
    private static final String SEALED = "application/vnd.parley.sealed";

    private final S3Objects s3;
    private final TenantEnvelopes envelopes;

    S3MediaStore(S3Objects s3, TenantEnvelopes envelopes) {
        this.s3 = s3;
        this.envelopes = envelopes;
    }

    @Override
    public void put(MediaReference reference, MediaContent content) {
        byte[] sealed = envelopes.seal(reference, content);
        s3.put(reference.value(), sealed, SEALED);
    }

    /** The bucket is versioned: every version and delete marker of the key goes, not just the current one. */
    @Override
    public boolean delete(MediaReference reference) {
        String key = reference.value();
        boolean any = false;
        for (S3Objects.ObjectVersion version : s3.versions(key)) {
            if (!version.key().equals(key)) continue;
            s3.deleteVersion(key, version.versionId());
            any |= !version.deleteMarker();
        }
        return any;
    }

    @Override
    public boolean contains(MediaReference reference) {
        return s3.exists(reference.value());
    }

    @Override
    public MediaOpening open(String reference, TenantId tenant) {
        Optional<MediaReference> parsed = MediaReference.parse(reference);
        if (parsed.isEmpty() || !parsed.get().tenant().equals(tenant)) return new MediaOpening.Refused("not this tenant's media");
        Optional<byte[]> sealed = s3.get(reference);
        if (sealed.isEmpty()) return new MediaOpening.Missing();
        return envelopes.open(parsed.get(), tenant, sealed.get()).<MediaOpening>map(MediaOpening.Opened::new)
                .orElseGet(() -> new MediaOpening.Refused("does not decrypt for this tenant"));
    }
}
