package app.parley.media.infrastructure;

import app.parley.config.Env;
import app.parley.media.application.MediaOpening;
import app.parley.media.application.MediaStore;
import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.tenancy.model.TenantId;
import app.parley.privacy.application.TenantCrypto;
import app.parley.privacy.infrastructure.TenantCryptos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The media store of this environment. {@code MEDIA_STORE=s3} (the default in AWS): the bucket
 * {@code MEDIA_BUCKET}. {@code MEDIA_STORE=folder} (the
 * default on the local stack, where {@code SECRETS_BACKEND=local}): {@code DATA_DIR/media}, or a
 * temporary folder for an in-memory stack. Either way media is sealed under the tenant's own key
 * ({@link TenantCryptos}: a KMS key per tenant in AWS, a local key per tenant locally).
 */
public final class MediaStores {
    private static Path temporaryRoot;

    private MediaStores() {}

    public static MediaStore fromEnvironment() {
        boolean local = "local".equals(Env.get("SECRETS_BACKEND", "aws"));
        return switch (Env.get("MEDIA_STORE", local ? "folder" : "s3")) {
            case "s3" -> s3();
            case "folder" -> folder(TenantCryptos.fromEnvironment(), Env.find("DATA_DIR").map(Path::of));
            default -> throw new IllegalStateException("MEDIA_STORE must be s3 or folder");
        };
    }

    private static MediaStore s3() {
        return new S3MediaStore(AwsMediaClients.bucket(Env.require("MEDIA_BUCKET")), new TenantEnvelopes(TenantCryptos.fromEnvironment()));
    }

    /** The environment's store, made on first use (for callers that rarely touch media, e.g. the admin API). */
    public static MediaStore lazy() {
        return new MediaStore() {
            private MediaStore store;

            private synchronized MediaStore store() {
                if (store == null) store = fromEnvironment();
                return store;
            }

            @Override public void put(MediaReference reference, MediaContent content) { store().put(reference, content); }
            @Override public boolean contains(MediaReference reference) { return store().contains(reference); }
            @Override public boolean delete(MediaReference reference) { return store().delete(reference); }
            @Override public MediaOpening open(String reference, TenantId tenant) { return store().open(reference, tenant); }
        };
    }

    static MediaStore folder(TenantCrypto crypto, Optional<Path> dataDir) {
        Path root = dataDir.map(dir -> dir.resolve("media")).orElseGet(MediaStores::temporaryRoot);
        return new FolderMediaStore(root, new TenantEnvelopes(crypto));
    }

    /** One per process, as the in-memory secret store is: every function of the one JVM sees the same media. */
    private static synchronized Path temporaryRoot() {
        if (temporaryRoot == null) {
            try {
                temporaryRoot = Files.createTempDirectory("parley-media");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a folder for media", e);
            }
        }
        return temporaryRoot;
    }
}
