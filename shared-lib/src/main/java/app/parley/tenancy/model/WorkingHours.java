package app.parley.tenancy.model;

import java.util.Map;
import java.util.Set;

/** Opening ranges per day, keyed {@code mon}..{@code sun}, e.g. {@code "09:00-18:00"}. */
public record WorkingHours(Map<String, String> byDay) {
    private static final Set<String> DAYS = Set.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public WorkingHours {
        byDay = Map.copyOf(byDay);
        if (!DAYS.containsAll(byDay.keySet())) throw new IllegalArgumentException("working hours days are mon..sun");
    }

    public static WorkingHours always() {
        return new WorkingHours(Map.of("mon", "00:00-24:00", "tue", "00:00-24:00", "wed", "00:00-24:00",
                "thu", "00:00-24:00", "fri", "00:00-24:00", "sat", "00:00-24:00", "sun", "00:00-24:00"));
    }
}
