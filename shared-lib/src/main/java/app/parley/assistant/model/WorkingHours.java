package app.parley.assistant.model;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** When staff answer, in the tenant's time zone. A day without spans is closed. */
public record WorkingHours(ZoneId zone, Map<DayOfWeek, List<OpeningSpan>> days) {

    public WorkingHours {
        var copy = new EnumMap<DayOfWeek, List<OpeningSpan>>(DayOfWeek.class);
        days.forEach((day, spans) -> copy.put(day, List.copyOf(spans)));
        days = Map.copyOf(copy);
    }

    public static WorkingHours always(ZoneId zone) {
        var all = new EnumMap<DayOfWeek, List<OpeningSpan>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) all.put(day, List.of(new OpeningSpan(0, 1440)));
        return new WorkingHours(zone, all);
    }

    public boolean isOpen(ZonedDateTime instant) {
        var local = instant.withZoneSameInstant(zone);
        int minute = local.getHour() * 60 + local.getMinute();
        return spans(local.getDayOfWeek()).stream().anyMatch(s -> s.contains(minute));
    }

    /** The next moment staff are in, looking at most one week ahead; empty when never open. */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime after) {
        var local = after.withZoneSameInstant(zone);
        for (int dayOffset = 0; dayOffset <= 7; dayOffset++) {
            var date = local.toLocalDate().plusDays(dayOffset);
            int nowMinute = dayOffset == 0 ? local.getHour() * 60 + local.getMinute() : -1;
            var start = spans(date.getDayOfWeek()).stream()
                    .mapToInt(OpeningSpan::fromMinute)
                    .filter(from -> from > nowMinute)
                    .min();
            if (start.isPresent()) {
                var at = LocalDateTime.of(date, java.time.LocalTime.MIN).plusMinutes(start.getAsInt());
                return Optional.of(at.atZone(zone));
            }
        }
        return Optional.empty();
    }

    private List<OpeningSpan> spans(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }
}
