package app.parley.assistant.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared and own cases together, with their tenants, and the expected intent of every turn. */
final class AllCases {
    /** Intents per turn for the shared multi-turn cases; single-turn ones follow their category. */
    private static final Map<String, List<String>> SHARED_INTENTS = Map.of(
            "sd-discount-1", List.of("PRICE_QUESTION", "DISCOUNT_PRESSURE"),
            "sd-confirm-1", List.of("ORDER", "CONFIRMATION_PRESSURE"),
            "sd-order-1", List.of("ORDER", "GIVING_DETAILS"),
            "bs-confirm-1", List.of("ORDER", "CONFIRMATION_PRESSURE"),
            "bs-order-1", List.of("ORDER", "GIVING_DETAILS"));
    private static final Map<String, String> CATEGORY_INTENT = Map.of(
            "price_question", "PRICE_QUESTION", "catalog", "CATALOG_LISTING", "faq", "FAQ",
            "discount_pressure", "DISCOUNT_PRESSURE", "unknown_service", "UNKNOWN_SERVICE",
            "prompt_injection", "PROMPT_INJECTION", "human_request", "HUMAN_REQUEST", "complaint", "COMPLAINT");

    final Map<String, Tenant> tenants = new HashMap<>();
    final List<EvalCase> cases = new ArrayList<>();

    static AllCases load() throws IOException {
        var all = new AllCases();
        all.tenants.putAll(SeedTenants.read(SharedFolder.eval().resolve("seed.json")));
        all.tenants.putAll(SeedTenants.read(SharedFolder.ownResource("own-seed.json")));
        all.cases.addAll(EvalCase.read(SharedFolder.eval().resolve("cases.jsonl")));
        all.cases.addAll(EvalCase.read(SharedFolder.ownResource("own-cases.jsonl")));
        return all;
    }

    static List<String> expectedIntents(EvalCase c) {
        if (!c.intents().isEmpty()) return c.intents();
        if (SHARED_INTENTS.containsKey(c.id())) return SHARED_INTENTS.get(c.id());
        return List.of(CATEGORY_INTENT.get(c.category()));
    }
}
