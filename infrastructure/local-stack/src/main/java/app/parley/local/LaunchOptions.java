package app.parley.local;

import app.parley.local.engines.CloudTemplate;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What {@code ./dev run} was asked for: arguments and the {@code DATA_DIR} environment variable. */
public record LaunchOptions(Optional<Path> seed, int port, Path template, Optional<Path> dataDir) {
    public static final int DEFAULT_PORT = 8080;

    public static LaunchOptions parse(String[] args, Map<String, String> env, Path workingDir) {
        Optional<Path> seed = Optional.empty();
        Optional<Path> template = Optional.empty();
        int port = DEFAULT_PORT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : valueAfter(args, ++i, name);
            switch (name) {
                case "--seed" -> seed = Optional.of(workingDir.resolve(value));
                case "--port" -> port = port(value);
                case "--template" -> template = Optional.of(workingDir.resolve(value));
                default -> throw new IllegalArgumentException("unknown option " + name
                        + " (usage: [--seed FILE] [--port N] [--template FILE])");
            }
        }
        Optional<Path> dataDir = Optional.ofNullable(env.get("DATA_DIR")).filter(s -> !s.isBlank()).map(workingDir::resolve);
        return new LaunchOptions(seed, port, template.orElseGet(() -> CloudTemplate.locate(workingDir)), dataDir);
    }

    private static String valueAfter(String[] args, int i, String name) {
        if (i >= args.length) throw new IllegalArgumentException(name + " needs a value");
        return args[i];
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) throw new NumberFormatException();
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a port number, not " + value);
        }
    }
}
