package app.parley.media.infrastructure;

import app.parley.media.application.MediaStore;
import app.parley.platform.infrastructure.LocalSecrets;
import app.parley.privacy.infrastructure.TenantCryptos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Folder stores whose tenant keys live in a fresh local secret store of their own, for tests. */
public final class LocalMediaStores {
    private LocalMediaStores() {}

    public static MediaStore inFolder(Path root) {
        return new FolderMediaStore(root, envelopes(freshKeys()));
    }

    static TenantEnvelopes envelopes(LocalSecrets keys) {
        return new TenantEnvelopes(TenantCryptos.withLocalKeys(keys));
    }

    /** A secret store no other test shares: the tenant keys made in it are new random keys. */
    static LocalSecrets freshKeys() {
        try {
            return LocalSecrets.at(Optional.of(Files.createTempDirectory("parley-keys")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
