package app.parley.media.infrastructure;

import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.tenancy.model.TenantId;
import com.amazonaws.encryptionsdk.AwsCrypto;
import com.amazonaws.encryptionsdk.CommitmentPolicy;
import com.amazonaws.encryptionsdk.CryptoResult;
import java.util.Map;
import java.util.Optional;
import software.amazon.cryptography.materialproviders.IKeyring;

/**
 * Envelope encryption in the AWS Encryption SDK's message format: a fresh data key per blob, wrapped
 * by the keyring (KMS in AWS, raw AES locally), with an encryption context naming the tenant and the
 * reference. KMS (or the AES-GCM wrap) authenticates that context, so a blob only opens for the
 * tenant and reference it was sealed for.
 */
public final class TenantEnvelopes {
    static final String TENANT = "parley:tenant";
    static final String REFERENCE = "parley:media";
    static final String CONTENT_TYPE = "parley:content-type";

    private final AwsCrypto crypto = AwsCrypto.builder()
            .withCommitmentPolicy(CommitmentPolicy.RequireEncryptRequireDecrypt)
            .withMaxEncryptedDataKeys(1)
            .build();
    private final IKeyring keyring;

    public TenantEnvelopes(IKeyring keyring) {
        this.keyring = keyring;
    }

    public byte[] seal(MediaReference reference, MediaContent content) {
        Map<String, String> context = Map.of(TENANT, reference.tenant().value(), REFERENCE, reference.value(),
                CONTENT_TYPE, content.mimeType());
        return crypto.encryptData(keyring, content.bytes(), context).getResult();
    }

    /** Empty when the blob was not sealed for this tenant and reference, or does not decrypt at all. */
    public Optional<MediaContent> open(MediaReference reference, TenantId tenant, byte[] sealed) {
        Map<String, String> expected = Map.of(TENANT, tenant.value(), REFERENCE, reference.value());
        try {
            CryptoResult<byte[], ?> result = crypto.decryptData(keyring, sealed, expected);
            Map<String, String> context = result.getEncryptionContext();
            if (!tenant.value().equals(context.get(TENANT)) || !reference.value().equals(context.get(REFERENCE))) {
                return Optional.empty();
            }
            return Optional.of(new MediaContent(result.getResult(), context.getOrDefault(CONTENT_TYPE, "application/octet-stream")));
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
    }
}
