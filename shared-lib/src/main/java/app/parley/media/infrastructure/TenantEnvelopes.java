package app.parley.media.infrastructure;

import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.privacy.application.PersonalDataUnreadable;
import app.parley.privacy.application.TenantCrypto;
import app.parley.tenancy.model.TenantId;
import java.util.Map;
import java.util.Optional;

/**
 * Media bytes sealed under the tenant's own key ({@link TenantCrypto}: the AWS Encryption SDK's
 * message format, a KMS key per tenant in AWS, a local key per tenant locally), with a context naming
 * the reference and the content type. A blob only opens for the tenant and reference it was sealed
 * for, and no longer at all once the tenant's key is destroyed.
 */
public final class TenantEnvelopes {
    static final String REFERENCE = "parley:media";
    static final String CONTENT_TYPE = "parley:content-type";

    private final TenantCrypto crypto;

    public TenantEnvelopes(TenantCrypto crypto) {
        this.crypto = crypto;
    }

    public byte[] seal(MediaReference reference, MediaContent content) {
        Map<String, String> context = Map.of(TenantCrypto.PURPOSE, "media", REFERENCE, reference.value(),
                CONTENT_TYPE, content.mimeType());
        return crypto.seal(reference.tenant(), context, content.bytes());
    }

    /** Empty when the blob was not sealed for this tenant and reference, or does not decrypt at all. */
    public Optional<MediaContent> open(MediaReference reference, TenantId tenant, byte[] sealed) {
        try {
            TenantCrypto.Opened opened = crypto.open(tenant, sealed);
            Map<String, String> context = opened.context();
            if (!reference.value().equals(context.get(REFERENCE))) return Optional.empty();
            return Optional.of(new MediaContent(opened.plaintext(), context.getOrDefault(CONTENT_TYPE, "application/octet-stream")));
        } catch (PersonalDataUnreadable refused) {
            return Optional.empty();
        }
    }
}
