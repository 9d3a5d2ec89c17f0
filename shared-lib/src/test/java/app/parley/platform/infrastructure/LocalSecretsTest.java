package app.parley.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretsTest {

    @Test
    void every_function_in_the_process_sees_the_same_in_memory_secrets() {
        LocalSecrets.at(Optional.empty()).put("parley/test/shared", "value-1");

        assertThat(LocalSecrets.at(Optional.empty()).read("parley/test/shared")).contains("value-1");
        assertThat(LocalSecrets.at(Optional.empty()).exists("parley/test/missing")).isFalse();
    }

    @Test
    void kept_secrets_are_encrypted_on_disk_and_read_back_after_a_restart(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("kept");
        LocalSecrets.at(Optional.of(store)).put("tenant-token", "EAAG-very-secret-token");

        String onDisk = Files.readString(store.resolve("secrets.enc"), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).doesNotContain("EAAG-very-secret-token").doesNotContain("tenant-token");
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(store.resolve("secrets.enc"), copy.resolve("secrets.enc"));
        Files.copy(store.resolve("secrets.key"), copy.resolve("secrets.key"));
        assertThat(LocalSecrets.at(Optional.of(copy)).read("tenant-token")).contains("EAAG-very-secret-token");
    }

    @Test
    void secrets_with_another_key_do_not_decrypt(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("a");
        LocalSecrets.at(Optional.of(store)).put("x", "y");
        Path other = dir.resolve("b");
        Files.createDirectories(other);
        Files.copy(store.resolve("secrets.enc"), other.resolve("secrets.enc"));
        Files.write(other.resolve("secrets.key"), new byte[32]);

        assertThatThrownBy(() -> LocalSecrets.at(Optional.of(other))).hasMessageContaining("do not decrypt");
    }
}
