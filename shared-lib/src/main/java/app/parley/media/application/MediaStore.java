package app.parley.media.application;

import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.tenancy.model.TenantId;

/**
 * Media kept encrypted per tenant (S3 in AWS, a folder locally). A blob written for one tenant
 * never opens for another, even when its bytes are copied under the other tenant's reference.
 */
public interface MediaStore {
    void put(MediaReference reference, MediaContent content);

    boolean contains(MediaReference reference);

    /** Removes the blob and every stored version of it (a customer's erasure); false when there was none. */
    boolean delete(MediaReference reference);

    /** Opens a reference as stored on a message, for the tenant the caller acts for. */
    MediaOpening open(String reference, TenantId tenant);
}
