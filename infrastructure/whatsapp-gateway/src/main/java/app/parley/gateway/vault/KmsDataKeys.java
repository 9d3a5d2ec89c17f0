package app.parley.gateway.vault;

import app.parley.tenancy.model.TenantId;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * KMS envelope keys. The tenant id is the encryption context, so KMS itself refuses to decrypt
 * one tenant's data key for another (and CloudTrail shows which tenant each decrypt was for).
 */
public final class KmsDataKeys implements DataKeys {
    private static final String CONTEXT = "tenant";
    private final KmsClient kms;
    private final String keyId;

    public KmsDataKeys(KmsClient kms, String keyId) {
        this.kms = kms;
        this.keyId = keyId;
    }

    @Override
    public DataKey generate(TenantId tenant) {
        GenerateDataKeyResponse r = kms.generateDataKey(b -> b.keyId(keyId).keySpec(DataKeySpec.AES_256)
                .encryptionContext(Map.of(CONTEXT, tenant.value())));
        return new DataKey(r.plaintext().asByteArray(), r.ciphertextBlob().asByteArray());
    }

    @Override
    public byte[] decrypt(TenantId tenant, byte[] encryptedKey) throws KeyRefused {
        try {
            return kms.decrypt(b -> b.keyId(keyId).ciphertextBlob(SdkBytes.fromByteArray(encryptedKey))
                    .encryptionContext(Map.of(CONTEXT, tenant.value()))).plaintext().asByteArray();
        } catch (KmsException e) {
            throw new KeyRefused("KMS refused the data key: " + e.awsErrorDetails().errorCode());
        }
    }
}
