package app.parley.assistant.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the team's shared folder: the repository is cloned next to {@code shared/}. */
public final class SharedFolder {
    private SharedFolder() {}

    public static Path eval() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("eval");
            if (Files.isRegularFile(candidate.resolve("seed.json"))) return candidate;
        }
        throw new IllegalStateException("no shared/eval folder above " + Path.of("").toAbsolutePath());
    }

    public static Path ownResource(String name) {
        try {
            return Path.of(SharedFolder.class.getResource("/assistant/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
