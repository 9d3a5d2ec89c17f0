package app.parley.reports.application;

import app.parley.reports.model.PlatformFigure;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/** Platform-wide daily counters for the super admin: written as events happen, never by scanning tenants. */
public interface PlatformDailyFigures {
    void add(LocalDate day, Map<PlatformFigure, Long> amounts);

    default void add(LocalDate day, PlatformFigure figure) { add(day, Map.of(figure, 1L)); }

    /** Each day of {@code from..to} with its figures (zeros included). */
    SortedMap<LocalDate, Map<PlatformFigure, Long>> perDay(LocalDate from, LocalDate to);

    PlatformDailyFigures NONE = new PlatformDailyFigures() {
        @Override public void add(LocalDate day, Map<PlatformFigure, Long> amounts) {}
        @Override public SortedMap<LocalDate, Map<PlatformFigure, Long>> perDay(LocalDate from, LocalDate to) { return new java.util.TreeMap<>(); }
    };
}
