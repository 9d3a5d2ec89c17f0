package app.parley.reports.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summed counters of one tenant over {@code from..to} (both inclusive).
 *
 * @param activity staff actions per user id
 */
public record Totals(LocalDate from, LocalDate to, Map<Figure, Long> figures, Map<String, Long> activity) {
    public Totals {
        var all = new EnumMap<Figure, Long>(Figure.class);
        for (Figure f : Figure.values()) all.put(f, figures.getOrDefault(f, 0L));
        figures = Map.copyOf(all);
        activity = Map.copyOf(new TreeMap<>(activity));
    }

    public long get(Figure figure) { return figures.get(figure); }
}
