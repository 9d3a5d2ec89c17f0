package app.parley.assistant.eval;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.Assistant;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.CustomerMessage;
import app.parley.assistant.understanding.Understander;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calibration: on every turn of every case, is the understood intent the expected one, bucketed
 * by the confidence the assistant gave it. Acting buckets (at or above the default 0.85) must be
 * right at least as often as they claim; the report is written to target/assistant-calibration.txt.
 */
class CalibrationReportTest {
    private static final double[] EDGES = {0, 0.5, 0.85, 0.9, 0.95, 1.0001};

    @Test
    void confidence_at_or_above_the_threshold_is_earned_on_all_cases() throws IOException {
        var all = AllCases.load();
        var understander = new Understander();
        var readings = new ArrayList<double[]>(); // {confidence, correct 1/0}
        var misses = new ArrayList<String>();
        for (EvalCase c : all.cases) {
            Tenant tenant = all.tenants.get(c.tenant());
            var assistant = new Assistant(Clock.fixed(c.at() != null ? c.at() : CaseRunner.DEFAULT_AT, ZoneOffset.UTC));
            List<String> expected = AllCases.expectedIntents(c);
            var state = ConversationState.fresh();
            for (int i = 0; i < c.turns().size(); i++) {
                var message = new CustomerMessage(c.turns().get(i));
                var u = understander.understand(message, state, tenant.knowledge());
                boolean right = u.intent().name().equals(expected.get(i));
                readings.add(new double[] {u.confidence(), right ? 1 : 0});
                if (!right) misses.add(c.id() + "#" + i + " expected " + expected.get(i) + " got " + u.intent() + " @" + u.confidence());
                state = assistant.answer(tenant.knowledge(), tenant.settings(), state, message).newState();
            }
        }
        String report = report(readings, misses);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "assistant-calibration.txt"), report);
        System.out.println(report);
        for (int b = 2; b < EDGES.length - 1; b++) {
            double[] bucket = bucket(readings, b);
            if (bucket[0] > 0) assertThat(bucket[1] / bucket[0]).as(report).isGreaterThanOrEqualTo(EDGES[b]);
        }
    }

    private static String report(List<double[]> readings, List<String> misses) {
        var out = new StringBuilder("Intent accuracy by confidence, " + readings.size() + " turns\n");
        for (int b = 0; b < EDGES.length - 1; b++) {
            double[] bucket = bucket(readings, b);
            out.append(String.format("  [%.2f, %.2f): %3d turns, accuracy %s, mean confidence %s%n", EDGES[b],
                    Math.min(1, EDGES[b + 1]), (int) bucket[0],
                    bucket[0] == 0 ? "-" : String.format("%.3f", bucket[1] / bucket[0]),
                    bucket[0] == 0 ? "-" : String.format("%.3f", bucket[2] / bucket[0])));
        }
        out.append("Misread turns:\n");
        misses.forEach(m -> out.append("  ").append(m).append('\n'));
        return out.toString();
    }

    /** {count, correct, sum of confidence} for bucket b. */
    private static double[] bucket(List<double[]> readings, int b) {
        double count = 0, correct = 0, sum = 0;
        for (double[] r : readings) {
            if (r[0] >= EDGES[b] && r[0] < EDGES[b + 1]) {
                count++;
                correct += r[1];
                sum += r[0];
            }
        }
        return new double[] {count, correct, sum};
    }
}
