package app.parley.media.infrastructure;

import java.nio.ByteBuffer;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.cryptography.materialproviders.IKeyring;
import software.amazon.cryptography.materialproviders.MaterialProviders;
import software.amazon.cryptography.materialproviders.model.AesWrappingAlg;
import software.amazon.cryptography.materialproviders.model.CreateAwsKmsKeyringInput;
import software.amazon.cryptography.materialproviders.model.CreateRawAesKeyringInput;
import software.amazon.cryptography.materialproviders.model.MaterialProvidersConfig;

/** The keyrings that wrap media data keys: the KMS data key in AWS, a raw AES-256 key locally. */
public final class MediaKeyrings {
    private static final MaterialProviders PROVIDERS = MaterialProviders.builder()
            .MaterialProvidersConfig(MaterialProvidersConfig.builder().build()).build();

    private MediaKeyrings() {}

    /** {@code keyArn} must be the key's ARN: decryption matches the wrapped key's ARN exactly. */
    public static IKeyring kms(KmsClient kms, String keyArn) {
        return PROVIDERS.CreateAwsKmsKeyring(CreateAwsKmsKeyringInput.builder().kmsClient(kms).kmsKeyId(keyArn).build());
    }

    public static IKeyring rawAes(byte[] key) {
        if (key.length != 32) throw new IllegalArgumentException("the media wrapping key must be 256 bits");
        return PROVIDERS.CreateRawAesKeyring(CreateRawAesKeyringInput.builder()
                .keyNamespace("parley-local").keyName("media-wrapping-key")
                .wrappingKey(ByteBuffer.wrap(key.clone()))
                .wrappingAlg(AesWrappingAlg.ALG_AES256_GCM_IV12_TAG16).build());
    }
}
