package app.parley.local.schedule;

import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

/**
 * The six fields of an EventBridge cron (minutes hours day-of-month month day-of-week year) with
 * {@code * ? , - /} and month/day names; {@code L W #} are not played locally and are refused.
 */
record CronFields(BitSet minutes, BitSet hours, BitSet daysOfMonth, BitSet months, BitSet daysOfWeek, BitSet years,
                  boolean anyDayOfMonth, boolean anyDayOfWeek) {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2),
            Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
            Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));
    private static final Map<String, Integer> DAYS = Map.of("SUN", 1, "MON", 2, "TUE", 3, "WED", 4, "THU", 5, "FRI", 6, "SAT", 7);

    static CronFields parse(String text) {
        String[] f = text.trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (f.length != 6) throw new IllegalArgumentException("a cron expression has six fields: " + text);
        if (text.matches(".*[LW#].*")) throw new IllegalArgumentException("L, W and # are not supported locally: " + text);
        return new CronFields(field(f[0], 0, 59, Map.of()), field(f[1], 0, 23, Map.of()), field(f[2], 1, 31, Map.of()),
                field(f[3], 1, 12, MONTHS), field(f[4], 1, 7, DAYS), field(f[5], 1970, 2199, Map.of()),
                isAny(f[2]), isAny(f[4]));
    }

    boolean matches(ZonedDateTime t) {
        int dayOfWeek = t.getDayOfWeek().getValue() % 7 + 1;   // java MONDAY=1..SUNDAY=7 -> cron SUN=1..SAT=7
        boolean day = anyDayOfMonth ? daysOfWeek.get(dayOfWeek)
                : anyDayOfWeek ? daysOfMonth.get(t.getDayOfMonth())
                : daysOfMonth.get(t.getDayOfMonth()) && daysOfWeek.get(dayOfWeek);
        return minutes.get(t.getMinute()) && hours.get(t.getHour()) && months.get(t.getMonthValue())
                && years.get(t.getYear()) && day;
    }

    private static boolean isAny(String field) {
        return field.equals("?") || field.equals("*");
    }

    private static BitSet field(String text, int min, int max, Map<String, Integer> names) {
        BitSet values = new BitSet();
        for (String part : text.split(",")) {
            String[] stepped = part.split("/");
            int step = stepped.length > 1 ? Integer.parseInt(stepped[1]) : 1;
            int from;
            int to;
            if (stepped[0].equals("*") || stepped[0].equals("?")) {
                from = min;
                to = max;
            } else if (stepped[0].contains("-")) {
                String[] range = stepped[0].split("-");
                from = value(range[0], names);
                to = value(range[1], names);
            } else {
                from = value(stepped[0], names);
                to = stepped.length > 1 ? max : from;
            }
            if (from < min || to > max || step < 1) throw new IllegalArgumentException("out of range: " + part);
            for (int v = from; v <= to; v += step) values.set(v);
        }
        return values;
    }

    private static int value(String text, Map<String, Integer> names) {
        Integer named = names.get(text);
        return named != null ? named : Integer.parseInt(text);
    }
}
