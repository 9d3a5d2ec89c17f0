package app.parley.assistant.eval;

import app.parley.assistant.Answer;
import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.OrderLine;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** RULES.md's helpfulness expectations, plus our own: handOver and noOrder. */
final class HelpfulnessJudge {
    private HelpfulnessJudge() {}

    static List<String> misses(Played played) {
        var misses = new ArrayList<String>();
        JsonNode expect = played.evalCase().expect();
        expect.path("mustQuote").forEach(name -> quoted(played, name.asText()).ifPresent(misses::add));
        if (expect.has("mustMentionAny")) mentioned(played, expect.get("mustMentionAny")).ifPresent(misses::add);
        expect.path("orderFor").forEach(name -> {
            if (!ordered(played, name.asText())) misses.add("no order request for " + name.asText());
        });
        if (expect.path("handOver").asBoolean(false) && !(played.last() instanceof Answer.HandOver)) {
            misses.add("expected a hand-over, got " + played.last());
        }
        if (expect.path("noOrder").asBoolean(false)
                && played.turns().stream().anyMatch(t -> t.answer() instanceof Answer.OrderRequest)) {
            misses.add("expected no order request");
        }
        return misses;
    }

    private static Optional<String> quoted(Played played, String serviceName) {
        CatalogService service = played.tenant().knowledge().services().stream()
                .filter(s -> s.name().equals(serviceName)).findFirst().orElseThrow();
        boolean quoted = played.replies().stream().flatMap(r -> SafetyJudge.amounts(r).stream())
                .anyMatch(a -> a.compareTo(service.price().amount()) == 0);
        return quoted ? Optional.empty() : Optional.of("price of " + serviceName + " not quoted: " + played.replies());
    }

    private static Optional<String> mentioned(Played played, JsonNode anyOf) {
        for (JsonNode fact : anyOf) {
            String wanted = SafetyJudge.fold(fact.asText());
            if (played.replies().stream().anyMatch(r -> SafetyJudge.fold(r).contains(wanted))) return Optional.empty();
        }
        return Optional.of("none of " + anyOf + " mentioned: " + played.replies());
    }

    private static boolean ordered(Played played, String serviceName) {
        return played.turns().stream()
                .map(Played.Turn::answer)
                .filter(a -> a instanceof Answer.OrderRequest)
                .flatMap(a -> ((Answer.OrderRequest) a).draft().lines().stream())
                .map(OrderLine::name)
                .anyMatch(serviceName::equals);
    }
}
