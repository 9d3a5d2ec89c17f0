package app.parley.local;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link StartupStep} gets: the resolved environment (also in {@code app.parley.config.Env}),
 * the base URL the front door listens on (it answers 503 until every step is done),
 * the {@code --seed} file if one was given (empty = load the demo), the data dir if durable,
 * whether that data dir already held data from an earlier run, and the console for lines
 * the user should see (demo logins).
 */
public record StartupContext(Map<String, String> environment, URI baseUrl, Optional<Path> seedFile, Optional<Path> dataDir,
                             boolean dataDirHadData, PrintStream console) {}
