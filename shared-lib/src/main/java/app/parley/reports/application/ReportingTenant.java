package app.parley.reports.application;

import static app.parley.reports.model.Figure.*;

import app.parley.reports.model.TenantReport;
import app.parley.reports.model.Totals;
import app.parley.tenancy.model.TenantId;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/** A tenant's report over a range of days, from its daily counters alone (no table is scanned). */
public final class ReportingTenant {
    private final DailyFigures figures;

    public ReportingTenant(DailyFigures figures) { this.figures = figures; }

    /** {@code names}: display names of the tenant's users by id (an unknown id is shown as itself). */
    public TenantReport report(TenantId tenant, LocalDate from, LocalDate to, Function<String, String> names) {
        Totals t = figures.totals(tenant, from, to);
        long sent = t.get(SENT_BY_AI) + t.get(SENT_BY_STAFF);
        long decided = t.get(ORDERS_APPROVED) + t.get(ORDERS_REJECTED);
        return new TenantReport(from, to, t.get(MESSAGES_IN), t.get(MESSAGES_OUT), t.get(CONVERSATIONS_STARTED),
                t.get(SENT_BY_AI), t.get(SENT_BY_STAFF), TenantReport.ratio(t.get(SENT_BY_AI), sent), t.get(ESCALATIONS),
                TenantReport.ratio(t.get(ESCALATIONS), t.get(CONVERSATIONS_STARTED)), t.get(TICKETS_OPENED), t.get(TICKETS_RESOLVED),
                t.get(TICKETS_CLOSED), t.get(ORDERS_REQUESTED), t.get(ORDERS_APPROVED), t.get(ORDERS_REJECTED),
                TenantReport.ratio(t.get(ORDERS_REQUESTED), t.get(CONVERSATIONS_STARTED)), TenantReport.ratio(t.get(ORDERS_APPROVED), decided),
                t.get(REVIEWS_REQUESTED), t.get(REVIEWS_RECEIVED), TenantReport.ratio(t.get(RATING_SUM), t.get(REVIEWS_RECEIVED)),
                t.get(NEGATIVE_REVIEWS), t.get(STAFF_ACTIONS), activity(t.activity(), names));
    }

    private static java.util.List<TenantReport.UserActivity> activity(Map<String, Long> byUser, Function<String, String> names) {
        return byUser.entrySet().stream().map(e -> new TenantReport.UserActivity(e.getKey(), names.apply(e.getKey()), e.getValue())).toList();
    }
}
