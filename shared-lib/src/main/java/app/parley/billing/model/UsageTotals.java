package app.parley.billing.model;

import java.util.Map;
import java.util.TreeMap;

/** A tenant's counters for one period, by counter key. */
public record UsageTotals(String period, Map<String, Long> counters) {
    public UsageTotals { counters = Map.copyOf(new TreeMap<>(counters)); }

    public long of(UsageCounter counter) { return counters.getOrDefault(counter.key(), 0L); }

    public long messages() { return sum(UsageKind.MESSAGE_IN) + sum(UsageKind.MESSAGE_OUT); }

    public long aiTokens() { return sum(UsageKind.AI_INPUT_TOKENS) + sum(UsageKind.AI_OUTPUT_TOKENS); }

    public long sum(UsageKind kind) {
        return counters.entrySet().stream().filter(e -> UsageCounter.ofKey(e.getKey()).kind() == kind)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
