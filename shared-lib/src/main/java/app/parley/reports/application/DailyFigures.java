package app.parley.reports.application;

import app.parley.reports.model.Figure;
import app.parley.reports.model.Totals;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;
import java.util.Map;

/** A tenant's daily counters: atomic adds on sharded items, read back as sums over the shards and days. */
public interface DailyFigures {
    void add(TenantId tenant, LocalDate day, Map<Figure, Long> amounts);

    default void add(TenantId tenant, LocalDate day, Figure figure) { add(tenant, day, Map.of(figure, 1L)); }

    /** One more staff action by {@code userId} (also counted in {@link Figure#STAFF_ACTIONS}). */
    void staffActed(TenantId tenant, LocalDate day, String userId);

    Totals totals(TenantId tenant, LocalDate from, LocalDate to);

    /** Does nothing: for paths that do not report. */
    DailyFigures NONE = new DailyFigures() {
        @Override public void add(TenantId tenant, LocalDate day, Map<Figure, Long> amounts) {}
        @Override public void staffActed(TenantId tenant, LocalDate day, String userId) {}
        @Override public Totals totals(TenantId tenant, LocalDate from, LocalDate to) { return new Totals(from, to, Map.of(), Map.of()); }
    };
}
