package app.parley.media.infrastructure;

import app.parley.media.application.MediaStore;
import java.nio.file.Path;
import java.security.SecureRandom;

/** Folder stores with a fresh random wrapping key, for tests. */
public final class LocalMediaStores {
    private LocalMediaStores() {}

    public static MediaStore inFolder(Path root) {
        return new FolderMediaStore(root, envelopes(randomKey()));
    }

    static TenantEnvelopes envelopes(byte[] key) {
        return new TenantEnvelopes(MediaKeyrings.rawAes(key));
    }

    static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
