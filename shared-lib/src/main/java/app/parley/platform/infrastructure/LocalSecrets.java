package app.parley.platform.infrastructure;

import app.parley.platform.application.Secrets;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local stack's secret store, standing in for Secrets Manager: one store per process (every
 * function in the one JVM sees the same secrets), in memory, or kept in a directory as one
 * AES-256-GCM encrypted file whose key sits beside it, readable by the owner only.
 */
public final class LocalSecrets implements Secrets {
    private static final Map<String, LocalSecrets> STORES = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NONCE_BYTES = 12;

    private final Map<String, String> values;
    private final Optional<Path> dir;

    private LocalSecrets(Optional<Path> dir) {
        this.dir = dir;
        this.values = new TreeMap<>(dir.map(LocalSecrets::load).orElseGet(Map::of));
    }

    /** The process-wide store for {@code dir} (empty: in memory). */
    public static LocalSecrets at(Optional<Path> dir) {
        String key = dir.map(d -> d.toAbsolutePath().normalize().toString()).orElse("(memory)");
        return STORES.computeIfAbsent(key, k -> new LocalSecrets(dir));
    }

    @Override
    public synchronized void put(String name, String value) {
        values.put(name, value);
        dir.ifPresent(d -> save(d, values));
    }

    /** Removes the secret (a tenant's local key when the tenant is hard-deleted); true when it existed. */
    public synchronized boolean delete(String name) {
        boolean existed = values.remove(name) != null;
        if (existed) dir.ifPresent(d -> save(d, values));
        return existed;
    }

    @Override
    public synchronized boolean exists(String name) {
        return values.containsKey(name);
    }

    @Override
    public synchronized Optional<String> read(String name) {
        return Optional.ofNullable(values.get(name));
    }

    private static Map<String, String> load(Path dir) {
        Path file = dir.resolve("secrets.enc");
        if (!Files.isRegularFile(file)) return Map.of();
        try {
            ByteBuffer sealed = ByteBuffer.wrap(Files.readAllBytes(file));
            byte[] nonce = new byte[NONCE_BYTES];
            sealed.get(nonce);
            byte[] cipherText = new byte[sealed.remaining()];
            sealed.get(cipherText);
            byte[] plain = cipher(Cipher.DECRYPT_MODE, key(dir), nonce).doFinal(cipherText);
            return JSON.readValue(plain, new TypeReference<Map<String, String>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local secrets in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the local secrets in " + dir + " do not decrypt with their key", e);
        }
    }

    private static void save(Path dir, Map<String, String> values) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            new SecureRandom().nextBytes(nonce);
            byte[] cipherText = cipher(Cipher.ENCRYPT_MODE, key(dir), nonce).doFinal(JSON.writeValueAsBytes(values));
            Path temp = dir.resolve("secrets.enc.tmp");
            Files.write(temp, ByteBuffer.allocate(nonce.length + cipherText.length).put(nonce).put(cipherText).array());
            Files.move(temp, dir.resolve("secrets.enc"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local secrets in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the local secrets", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        return cipher;
    }

    private static byte[] key(Path dir) throws IOException {
        Path file = dir.resolve("secrets.key");
        if (Files.isRegularFile(file)) return Files.readAllBytes(file);
        Files.createDirectories(dir);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.write(file, key);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the key stays readable by the account that runs the stack, as on any non-POSIX disk
        }
        return key;
    }
}
