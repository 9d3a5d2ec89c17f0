package app.parley.assistant.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes every transcript to target/ for reading (not a test). */
final class TranscriptDump {
    private TranscriptDump() {}

    static void write(String file, Map<String, Tenant> tenants, List<EvalCase> cases) throws IOException {
        var out = new StringBuilder();
        var runner = new CaseRunner(tenants);
        for (EvalCase c : cases) out.append(Transcript.of(runner.play(c))).append('\n');
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", file), out);
    }
}
