package app.parley.gateway.vault;

import app.parley.tenancy.model.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption: AES-256-GCM with a per-tenant data key from {@link DataKeys}; the
 * encrypted data key travels in front of the ciphertext. Layout: "PWV1", key length (2 bytes),
 * encrypted key, 12-byte IV, ciphertext with tag. The associated data binds the blob to its
 * tenant, session and part, so a blob copied elsewhere does not open.
 */
public final class EnvelopeCipher {
    private static final byte[] MAGIC = "PWV1".getBytes(StandardCharsets.US_ASCII);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Duration DATA_KEY_LIFETIME = Duration.ofHours(1);

    private final DataKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<TenantId, Current> current = new ConcurrentHashMap<>();
    private final Map<String, byte[]> opened = new ConcurrentHashMap<>();

    public EnvelopeCipher(DataKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public sealed interface Opened {
        record Plain(byte[] bytes) implements Opened {}

        record Refused(String reason) implements Opened {}
    }

    public byte[] seal(TenantId tenant, String associatedData, byte[] plaintext) {
        Current key = currentKey(tenant);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] ciphertext = aes(Cipher.ENCRYPT_MODE, key.plaintext(), iv, associatedData, plaintext);
        return ByteBuffer.allocate(MAGIC.length + 2 + key.encrypted().length + IV_BYTES + ciphertext.length)
                .put(MAGIC).putShort((short) key.encrypted().length).put(key.encrypted()).put(iv).put(ciphertext).array();
    }

    public Opened open(TenantId tenant, String associatedData, byte[] sealed) {
        try {
            ByteBuffer in = ByteBuffer.wrap(sealed);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) return new Opened.Refused("not a sealed session blob");
            byte[] encryptedKey = new byte[in.getShort()];
            in.get(encryptedKey);
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            byte[] dataKey = plaintextKey(tenant, encryptedKey);
            return new Opened.Plain(aes(Cipher.DECRYPT_MODE, dataKey, iv, associatedData, ciphertext));
        } catch (DataKeys.KeyRefused e) {
            return new Opened.Refused(e.getMessage());
        } catch (IllegalStateException | java.nio.BufferUnderflowException | IllegalArgumentException e) {
            return new Opened.Refused("the blob does not open with its tenant's key: " + e.getMessage());
        }
    }

    private byte[] plaintextKey(TenantId tenant, byte[] encryptedKey) throws DataKeys.KeyRefused {
        String cacheKey = tenant.value() + ":" + Base64.getEncoder().encodeToString(encryptedKey);
        byte[] known = opened.get(cacheKey);
        if (known != null) return known;
        byte[] plaintext = keys.decrypt(tenant, encryptedKey);
        opened.put(cacheKey, plaintext);
        return plaintext;
    }

    private Current currentKey(TenantId tenant) {
        Instant now = clock.instant();
        return current.compute(tenant, (t, known) -> known != null && now.isBefore(known.expires()) ? known : fresh(t, now));
    }

    private Current fresh(TenantId tenant, Instant now) {
        DataKeys.DataKey key = keys.generate(tenant);
        opened.put(tenant.value() + ":" + Base64.getEncoder().encodeToString(key.encrypted()), key.plaintext());
        return new Current(key.plaintext(), key.encrypted(), now.plus(DATA_KEY_LIFETIME));
    }

    private static byte[] aes(int mode, byte[] key, byte[] iv, String associatedData, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused: " + e.getClass().getSimpleName(), e);
        }
    }

    private record Current(byte[] plaintext, byte[] encrypted, Instant expires) {}
}
