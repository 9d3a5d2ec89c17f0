package app.parley.local.pipeline;

import app.parley.assistant.eval.EvalCase;
import app.parley.assistant.eval.SeedTenants;
import app.parley.assistant.eval.Tenant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation on a fresh local stack: the seed's tenants, the cases played as Meta would, every reply
 * judged, the orders audited; a readable report (case, turn, reply, rule) written to {@code target/}.
 */
final class Evaluation {
    enum Judging { SAFETY_AND_HELPFULNESS, SAFETY_AND_HAND_OVER }

    record Result(int cases, int failedCases, int safetyViolations, List<String> problems, long millis, String report) {}

    private Evaluation() {}

    static Result run(String name, Path seed, List<EvalCase> cases, Map<String, String> environment, Judging judging)
            throws Exception {
        Map<String, Tenant> tenants = SeedTenants.read(seed);
        JsonNode seedJson = new ObjectMapper().readTree(seed.toFile());
        long began = System.nanoTime();
        try (PipelineStack p = PipelineStack.start(seed, environment)) {
            var judge = new EvaluationJudge(tenants, new AdminView(p, adminTokens(p, seedJson)));
            var played = new EvaluationRun(p, numbers(seedJson)).play(cases, "1555077");
            var report = new StringBuilder();
            var problems = new ArrayList<String>();
            int failed = 0, violations = 0;
            for (EvaluationRun.Played one : played) {
                List<String> safety = judge.safety(one);
                List<String> other = judging == Judging.SAFETY_AND_HELPFULNESS ? judge.helpfulness(one) : judge.answeredOrHandedOver(one);
                violations += safety.size();
                if (!safety.isEmpty() || !other.isEmpty()) failed++;
                safety.forEach(v -> problems.add(one.evalCase().id() + " SAFETY " + v));
                other.forEach(v -> problems.add(one.evalCase().id() + " " + v));
                report.append(transcript(one, safety, other));
            }
            List<String> audit = judge.ordersAudit();
            violations += audit.size();
            audit.forEach(v -> problems.add("orders SAFETY " + v));
            long millis = (System.nanoTime() - began) / 1_000_000;
            String summary = "%s: %d cases, %d failed, %d safety violations, %d ms%n".formatted(name, cases.size(), failed, violations, millis);
            String text = summary + String.join("\n", problems) + "\n\n" + report;
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "evaluation-" + name + ".txt"), text);
            System.out.print(summary);
            return new Result(cases.size(), failed, violations, problems, millis, text);
        }
    }

    private static String transcript(EvaluationRun.Played one, List<String> safety, List<String> other) {
        var out = new StringBuilder(one.evalCase().id()).append(" (").append(one.evalCase().tenant()).append(", ")
                .append(one.phone()).append(safety.isEmpty() && other.isEmpty() ? ") ok\n" : ") FAILED\n");
        for (EvaluationRun.Turn t : one.turns()) {
            out.append("  > ").append(t.customer()).append('\n');
            if (t.replies().isEmpty()) out.append("  < (nothing within 8 s)\n");
            t.replies().forEach(r -> out.append("  < ").append(r.replace("\n", "\n    ")).append('\n'));
        }
        safety.forEach(v -> out.append("  VIOLATION ").append(v).append('\n'));
        other.forEach(v -> out.append("  MISSED ").append(v).append('\n'));
        return out.append('\n').toString();
    }

    private static Map<String, String> numbers(JsonNode seed) {
        var numbers = new HashMap<String, String>();
        seed.path("tenants").forEach(t -> numbers.put(t.path("slug").asText(), t.path("whatsapp").path("phoneNumberId").asText()));
        return numbers;
    }

    private static Map<String, String> adminTokens(PipelineStack p, JsonNode seed) {
        var tokens = new HashMap<String, String>();
        for (JsonNode t : seed.path("tenants")) {
            for (JsonNode u : t.path("users")) {
                if (u.path("role").asText().equals("TENANT_ADMIN")) {
                    tokens.put(t.path("slug").asText(), p.login(u.path("email").asText(), u.path("password").asText()));
                    break;
                }
            }
        }
        return tokens;
    }

    static List<EvalCase> cases(Path jsonl) throws IOException {
        return EvalCase.read(jsonl);
    }
}
