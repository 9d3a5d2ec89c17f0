package app.parley.gateway.vault;

import app.parley.platform.application.Secrets;
import app.parley.tenancy.model.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local stack's stand-in for KMS (no KMS there): data keys wrapped with AES-256-GCM under a
 * master key kept in the local secret store, the tenant id as associated data, so one tenant's
 * wrapped key does not open for another, as KMS's encryption context guarantees in AWS.
 */
public final class LocalDataKeys implements DataKeys {
    static final String SECRET_NAME = "parley/local/gateway-session-master-key";
    private final byte[] master;
    private final SecureRandom random = new SecureRandom();

    public LocalDataKeys(byte[] master) {
        if (master.length != 32) throw new IllegalArgumentException("the master key is 256 bits");
        this.master = master.clone();
    }

    /** The master key in the local secret store, generated on first use. */
    public static synchronized LocalDataKeys in(Secrets secrets) {
        byte[] key = secrets.read(SECRET_NAME).map(Base64.getDecoder()::decode).orElseGet(() -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            secrets.put(SECRET_NAME, Base64.getEncoder().encodeToString(fresh));
            return fresh;
        });
        return new LocalDataKeys(key);
    }

    @Override
    public DataKey generate(TenantId tenant) {
        byte[] plaintext = new byte[32];
        random.nextBytes(plaintext);
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        byte[] wrapped = aes(Cipher.ENCRYPT_MODE, iv, tenant, plaintext);
        return new DataKey(plaintext, ByteBuffer.allocate(iv.length + wrapped.length).put(iv).put(wrapped).array());
    }

    @Override
    public byte[] decrypt(TenantId tenant, byte[] encryptedKey) throws KeyRefused {
        if (encryptedKey.length < 12 + 16) throw new KeyRefused("not a wrapped data key");
        try {
            return aes(Cipher.DECRYPT_MODE, Arrays.copyOf(encryptedKey, 12), tenant, Arrays.copyOfRange(encryptedKey, 12, encryptedKey.length));
        } catch (IllegalStateException e) {
            throw new KeyRefused("the local master key refused the data key");
        }
    }

    private byte[] aes(int mode, byte[] iv, TenantId tenant, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(master, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(tenant.value().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }
}
