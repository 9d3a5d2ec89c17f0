package app.parley.media.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.media.application.MediaOpening;
import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.platform.infrastructure.LocalSecrets;
import app.parley.privacy.infrastructure.TenantCryptos;
import app.parley.tenancy.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderMediaStoreTest {
    private static final TenantId A = new TenantId("t_01JQ3V4W5X6Y7Z8A9B0C1D2E3F");
    private static final TenantId B = new TenantId("t_01JQ3V4W5X6Y7Z8A9B0C1D2E3G");
    private static final byte[] SECRET_PHOTO = "PLAINTEXT-MARKER: passport scan of a customer".getBytes(StandardCharsets.UTF_8);

    @TempDir Path dir;
    private final LocalSecrets key = LocalMediaStores.freshKeys();

    @Test
    void media_round_trips_and_the_file_on_disk_holds_no_plaintext() throws Exception {
        var store = new FolderMediaStore(dir, LocalMediaStores.envelopes(key));
        var reference = MediaReference.forMessage(A, "wamid.ABC=");
        store.put(reference, new MediaContent(SECRET_PHOTO, "image/jpeg"));

        assertThat(store.contains(reference)).isTrue();
        assertThat(new String(Files.readAllBytes(store.file(reference)), StandardCharsets.ISO_8859_1)).doesNotContain("PLAINTEXT-MARKER");
        assertThat(store.open(reference.value(), A)).isInstanceOfSatisfying(MediaOpening.Opened.class,
                opened -> assertThat(opened.content().bytes()).isEqualTo(SECRET_PHOTO));
    }

    @Test
    void another_tenant_never_opens_the_media_not_even_a_copy_of_the_blob_under_its_own_reference() throws Exception {
        var store = new FolderMediaStore(dir, LocalMediaStores.envelopes(key));
        var ofA = MediaReference.forMessage(A, "wamid.A1");
        store.put(ofA, new MediaContent(SECRET_PHOTO, "image/jpeg"));
        var ofB = MediaReference.forMessage(B, "wamid.A1");
        Files.createDirectories(store.file(ofB).getParent());
        Files.copy(store.file(ofA), store.file(ofB));

        assertThat(store.open(ofA.value(), B)).isInstanceOf(MediaOpening.Refused.class);
        assertThat(store.open(ofB.value(), B)).isInstanceOf(MediaOpening.Refused.class);
        assertThat(store.open("media/../../etc/passwd", A)).isInstanceOf(MediaOpening.Refused.class);
        assertThat(store.open(MediaReference.forMessage(A, "wamid.none").value(), A)).isInstanceOf(MediaOpening.Missing.class);
    }

    @Test
    void a_blob_moved_to_another_reference_of_the_same_tenant_does_not_open() throws Exception {
        var store = new FolderMediaStore(dir, LocalMediaStores.envelopes(key));
        var first = MediaReference.forMessage(A, "wamid.1");
        var second = MediaReference.forMessage(A, "wamid.2");
        store.put(first, new MediaContent(SECRET_PHOTO, "image/jpeg"));
        Files.copy(store.file(first), store.file(second));

        assertThat(store.open(second.value(), A)).isInstanceOf(MediaOpening.Refused.class);
    }

    @Test
    void media_sealed_under_another_key_does_not_open() {
        var reference = MediaReference.forMessage(A, "wamid.K");
        new FolderMediaStore(dir, LocalMediaStores.envelopes(key)).put(reference, new MediaContent(SECRET_PHOTO, "image/png"));

        var otherKey = new FolderMediaStore(dir, LocalMediaStores.envelopes(LocalMediaStores.freshKeys()));
        assertThat(otherKey.open(reference.value(), A)).isInstanceOf(MediaOpening.Refused.class);
    }

    @Test
    void the_local_stack_keeps_each_tenants_key_in_its_secret_store_across_restarts(@TempDir Path secretsDir) {
        var secrets = LocalSecrets.at(Optional.of(secretsDir));
        var reference = MediaReference.forMessage(A, "wamid.R");
        MediaStores.folder(TenantCryptos.withLocalKeys(secrets), Optional.of(dir)).put(reference, new MediaContent(SECRET_PHOTO, "image/jpeg"));

        assertThat(secrets.read("parley/local/tenant-keys/" + A.value())).isPresent();
        assertThat(MediaStores.folder(TenantCryptos.withLocalKeys(secrets), Optional.of(dir)).open(reference.value(), A)).isInstanceOf(MediaOpening.Opened.class);
        assertThat(Files.isRegularFile(dir.resolve("media").resolve(A.value()).resolve(reference.name() + ".sealed"))).isTrue();
    }
}
