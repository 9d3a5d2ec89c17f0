package app.parley.assistant.eval;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TranscriptDumpTest {
    @Test
    void writes_shared_transcripts_for_reading() throws IOException {
        TranscriptDump.write("assistant-shared-transcripts.txt",
                SeedTenants.read(SharedFolder.eval().resolve("seed.json")),
                EvalCase.read(SharedFolder.eval().resolve("cases.jsonl")));
        TranscriptDump.write("assistant-own-transcripts.txt",
                SeedTenants.read(SharedFolder.ownResource("own-seed.json")),
                EvalCase.read(SharedFolder.ownResource("own-cases.jsonl")));
    }
}
