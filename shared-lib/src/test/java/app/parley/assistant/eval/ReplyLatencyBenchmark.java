package app.parley.assistant.eval;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.Assistant;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.CustomerMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (it is not run by {@code ./dev test}): reply time of the facade per message
 * over every case after warm-up; the target is under 20 ms. Run it alone on a quiet machine:
 * {@code mvn -B -ntp -pl shared-lib -am test -Dtest=ReplyLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ReplyLatencyBenchmark {
    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 30;

    @Test
    void reports_reply_time_per_message() throws IOException {
        var all = AllCases.load();
        var assistant = new Assistant(Clock.fixed(CaseRunner.DEFAULT_AT, ZoneOffset.UTC));
        var micros = new ArrayList<Long>();
        for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            for (EvalCase c : all.cases) {
                Tenant tenant = all.tenants.get(c.tenant());
                var state = ConversationState.fresh();
                for (String text : c.turns()) {
                    long start = System.nanoTime();
                    var answer = assistant.answer(tenant.knowledge(), tenant.settings(), state, new CustomerMessage(text));
                    long took = (System.nanoTime() - start) / 1_000;
                    if (round >= WARM_UP_ROUNDS) micros.add(took);
                    state = answer.newState();
                }
            }
        }
        Collections.sort(micros);
        long median = micros.get(micros.size() / 2);
        long p99 = micros.get((int) Math.ceil(micros.size() * 0.99) - 1);
        long max = micros.getLast();
        String report = "Reply time over " + micros.size() + " messages: median " + median + " µs, p99 " + p99
                + " µs, max " + max + " µs\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "assistant-latency.txt"), report);
        System.out.println(report);
        assertThat(micros).isNotEmpty();
    }
}
