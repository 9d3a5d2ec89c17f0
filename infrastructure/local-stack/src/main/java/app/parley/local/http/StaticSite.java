package app.parley.local.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The admin SPA as CloudFront would serve it: files from a directory, index.html for client routes. */
final class StaticSite {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("webmanifest", "application/manifest+json"));

    private final Path root;

    StaticSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The built SPA ({@code dist}) when there is one, else the sources directory, else nothing. */
    static Optional<StaticSite> under(Path frontendDir) {
        if (Files.isDirectory(frontendDir.resolve("dist"))) return Optional.of(new StaticSite(frontendDir.resolve("dist")));
        if (Files.isDirectory(frontendDir)) return Optional.of(new StaticSite(frontendDir));
        return Optional.empty();
    }

    /** Answers true when it served the path; false when there is nothing to serve there. */
    boolean serve(HttpExchange exchange, String decodedPath) throws IOException {
        Path file = root.resolve(decodedPath.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) return false;
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        if (!Files.isRegularFile(file)) {
            if (hasExtension(decodedPath)) return false;
            file = root.resolve("index.html");       // a client-side route of the SPA
            if (!Files.isRegularFile(file)) return false;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(extension(name), "application/octet-stream");
        String cache = name.equals("index.html") ? "no-cache" : "public, max-age=300";
        Replies.send(exchange, 200, Map.of("Content-Type", List.of(type), "Cache-Control", List.of(cache)), Files.readAllBytes(file));
        return true;
    }

    private static boolean hasExtension(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
