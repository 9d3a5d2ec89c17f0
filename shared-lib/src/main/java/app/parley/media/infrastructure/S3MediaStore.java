package app.parley.media.infrastructure;

import app.parley.media.application.MediaOpening;
import app.parley.media.application.MediaStore;
import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Media in the media bucket under its reference as object key, sealed by {@link TenantEnvelopes} before it leaves. */
public final class S3MediaStore implements MediaStore {
    private static final String SEALED = "application/vnd.parley.sealed";

    private final S3Client s3;
    private final String bucket;
    private final TenantEnvelopes envelopes;

    public S3MediaStore(S3Client s3, String bucket, TenantEnvelopes envelopes) {
        this.s3 = s3;
        this.bucket = bucket;
        this.envelopes = envelopes;
    }

    @Override
    public void put(MediaReference reference, MediaContent content) {
        byte[] sealed = envelopes.seal(reference, content);
        s3.putObject(b -> b.bucket(bucket).key(reference.value()).contentType(SEALED), RequestBody.fromBytes(sealed));
    }

    /** The bucket is versioned: every version and delete marker of the key goes, not just the current one. */
    @Override
    public boolean delete(MediaReference reference) {
        String key = reference.value();
        var versions = s3.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(key));
        boolean any = false;
        for (var page : versions) {
            for (var v : page.versions()) {
                if (!v.key().equals(key)) continue;
                s3.deleteObject(b -> b.bucket(bucket).key(key).versionId(v.versionId()));
                any = true;
            }
            for (var marker : page.deleteMarkers()) {
                if (marker.key().equals(key)) s3.deleteObject(b -> b.bucket(bucket).key(key).versionId(marker.versionId()));
            }
        }
        return any;
    }

    @Override
    public boolean contains(MediaReference reference) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(reference.value()));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return false;
            throw e;
        }
    }

    @Override
    public MediaOpening open(String reference, TenantId tenant) {
        Optional<MediaReference> parsed = MediaReference.parse(reference);
        if (parsed.isEmpty() || !parsed.get().tenant().equals(tenant)) return new MediaOpening.Refused("not this tenant's media");
        byte[] sealed;
        try {
            sealed = s3.getObjectAsBytes(b -> b.bucket(bucket).key(reference)).asByteArray();
        } catch (NoSuchKeyException e) {
            return new MediaOpening.Missing();
        }
        return envelopes.open(parsed.get(), tenant, sealed).<MediaOpening>map(MediaOpening.Opened::new)
                .orElseGet(() -> new MediaOpening.Refused("does not decrypt for this tenant"));
    }
}
