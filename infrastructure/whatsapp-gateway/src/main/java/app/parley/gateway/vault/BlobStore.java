package app.parley.gateway.vault;

import java.util.Optional;

/** Opaque bytes by key: S3 in the cloud, a folder locally. Keys come from {@code Keys}. */
public interface BlobStore {
    void put(String key, byte[] bytes);

    Optional<byte[]> get(String key);

    void delete(String key);
}
