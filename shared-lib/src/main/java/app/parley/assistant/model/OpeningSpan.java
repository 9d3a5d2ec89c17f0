package app.parley.assistant.model;

/** Open from {@code fromMinute} (inclusive) to {@code toMinute} (exclusive) of one day; 1440 is midnight. */
public record OpeningSpan(int fromMinute, int toMinute) {
    public OpeningSpan {
        if (fromMinute < 0 || toMinute > 1440 || fromMinute >= toMinute) {
            throw new IllegalArgumentException("opening span must lie within one day");
        }
    }

    /** Parses {@code "09:00-18:30"} or {@code "00:00-24:00"}. */
    public static OpeningSpan parse(String text) {
        String[] ends = text.trim().split("-");
        return new OpeningSpan(minutes(ends[0]), minutes(ends[1]));
    }

    public boolean contains(int minuteOfDay) {
        return minuteOfDay >= fromMinute && minuteOfDay < toMinute;
    }

    private static int minutes(String hhmm) {
        String[] parts = hhmm.trim().split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
