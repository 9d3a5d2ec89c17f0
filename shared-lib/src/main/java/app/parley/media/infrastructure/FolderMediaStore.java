package app.parley.media.infrastructure;

import app.parley.media.application.MediaOpening;
import app.parley.media.application.MediaStore;
import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.tenancy.model.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The local stack's media bucket: one sealed file per reference under a root folder ({@code DATA_DIR/media}). */
public final class FolderMediaStore implements MediaStore {
    private final Path root;
    private final TenantEnvelopes envelopes;

    public FolderMediaStore(Path root, TenantEnvelopes envelopes) {
        this.root = root;
        this.envelopes = envelopes;
    }

    @Override
    public void put(MediaReference reference, MediaContent content) {
        Path file = file(reference);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), reference.name(), ".tmp");
            Files.write(temp, envelopes.seal(reference, content));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep media " + reference.value(), e);
        }
    }

    @Override
    public boolean delete(MediaReference reference) {
        try {
            return Files.deleteIfExists(file(reference));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete media " + reference.value(), e);
        }
    }

    @Override
    public boolean contains(MediaReference reference) {
        return Files.isRegularFile(file(reference));
    }

    @Override
    public MediaOpening open(String reference, TenantId tenant) {
        Optional<MediaReference> parsed = MediaReference.parse(reference);
        if (parsed.isEmpty() || !parsed.get().tenant().equals(tenant)) return new MediaOpening.Refused("not this tenant's media");
        Path file = file(parsed.get());
        if (!Files.isRegularFile(file)) return new MediaOpening.Missing();
        try {
            return envelopes.open(parsed.get(), tenant, Files.readAllBytes(file)).<MediaOpening>map(MediaOpening.Opened::new)
                    .orElseGet(() -> new MediaOpening.Refused("does not decrypt for this tenant"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read media " + reference, e);
        }
    }

    /** The reference's format (tenant id, hex name) leaves no room for a path outside the root. */
    Path file(MediaReference reference) {
        return root.resolve(reference.tenant().value()).resolve(reference.name() + ".sealed");
    }
}
