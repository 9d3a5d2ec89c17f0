package app.parley.assistant.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One conversation to play, in the format of shared/eval/cases.jsonl, plus optional fields of our own:
 * expect.handOver / expect.noOrder (the last answer is a hand-over / no order request was made),
 * intents (expected intent per turn, for calibration) and at (the instant the conversation happens).
 */
public record EvalCase(String id, String tenant, String category, List<String> turns, JsonNode expect,
                List<String> intents, Instant at) {

    public static List<EvalCase> read(Path jsonl) throws IOException {
        var mapper = new ObjectMapper();
        var cases = new ArrayList<EvalCase>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) continue;
            JsonNode c = mapper.readTree(line);
            var turns = new ArrayList<String>();
            c.get("turns").forEach(t -> turns.add(t.asText()));
            var intents = new ArrayList<String>();
            c.path("intents").forEach(i -> intents.add(i.asText()));
            Instant at = c.has("at") ? Instant.parse(c.get("at").asText()) : null;
            cases.add(new EvalCase(c.get("id").asText(), c.get("tenant").asText(), c.get("category").asText(),
                    turns, c.path("expect"), intents, at));
        }
        return cases;
    }

    @Override
    public String toString() {
        return id;
    }
}
