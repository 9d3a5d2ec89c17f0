package app.parley.whatsapp.cloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared Meta payloads in {@code ../shared/fixtures/whatsapp-cloud} (a sibling of the
 * repository). Found by walking up from the working directory, so any module can use it;
 * {@code PARLEY_FIXTURES} (the {@code fixtures} directory) overrides the search.
 */
public final class WhatsAppFixtures {
    private static final Path RELATIVE = Path.of("shared", "fixtures", "whatsapp-cloud");

    private WhatsAppFixtures() {}

    public static Path dir() {
        String override = System.getenv("PARLEY_FIXTURES");
        if (override != null && !override.isBlank()) return Path.of(override, "whatsapp-cloud");
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path candidate = at.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("no shared/fixtures/whatsapp-cloud above " + Path.of("").toAbsolutePath());
    }

    public static String read(String fileName) {
        try {
            return Files.readString(dir().resolve(fileName), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String fileName) {
        return read(fileName).getBytes(StandardCharsets.UTF_8);
    }

    /** File names starting with {@code prefix}, sorted: e.g. {@code webhook_} or {@code graph_error_}. */
    public static List<String> named(String prefix) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
