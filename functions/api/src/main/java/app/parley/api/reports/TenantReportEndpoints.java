package app.parley.api.reports;

import static app.parley.auth.access.Permission.REPORTS_READ;

import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.auth.application.Users;
import app.parley.auth.model.User;
import app.parley.reports.application.ReportingTenant;
import app.parley.reports.model.TenantReport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The business's report over ?from=&to= (tickets, orders, conversion, user activity, feedback, AI vs human,
 * escalation ratio), as JSON or CSV, from the daily counters written as the events happened.
 */
public final class TenantReportEndpoints {
    private final ReportingTenant reporting;
    private final Users users;
    private final Clock clock;

    public TenantReportEndpoints(ReportingTenant reporting, Users users, Clock clock) {
        this.reporting = reporting;
        this.users = users;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/reports/summary").tag("reports").requires(REPORTS_READ)
                        .summary("Figures of ?from=&to= (UTC days, default the last 30, at most 92) from the counters written as events happened")
                        .query("from", "to").returns(TenantReport.class).handle(c -> Reply.ok(report(c))),
                Operation.get("/api/reports/summary.csv").tag("reports").requires(REPORTS_READ)
                        .summary("The same figures as CSV (section,name,value; one activity row per staff user)")
                        .query("from", "to").returnsFile("text/csv").handle(this::csv));
    }

    private TenantReport report(Call call) {
        ReportRange range = ReportRange.of(call, clock);
        Map<String, String> names = users.list(call.tenant()).stream().collect(Collectors.toMap(u -> u.id().value(), User::name));
        Function<String, String> name = id -> names.getOrDefault(id, id);
        return reporting.report(call.tenant(), range.from(), range.to(), name);
    }

    private Reply csv(Call call) {
        TenantReport r = report(call);
        return Reply.file("text/csv", "report_" + r.from() + "_" + r.to() + ".csv", csv(r).bytes());
    }

    static Csv csv(TenantReport r) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"section", "name", "value"});
        rows.add(new Object[] {"range", "from", r.from().toString()});
        rows.add(new Object[] {"range", "to", r.to().toString()});
        rows.add(new Object[] {"messages", "in", r.messagesIn()});
        rows.add(new Object[] {"messages", "out", r.messagesOut()});
        rows.add(new Object[] {"messages", "sent by AI", r.sentByAi()});
        rows.add(new Object[] {"messages", "sent by staff", r.sentByStaff()});
        rows.add(new Object[] {"messages", "AI share", r.aiShare()});
        rows.add(new Object[] {"conversations", "started", r.conversationsStarted()});
        rows.add(new Object[] {"conversations", "escalations", r.escalations()});
        rows.add(new Object[] {"conversations", "escalation ratio", r.escalationRatio()});
        rows.add(new Object[] {"tickets", "opened", r.ticketsOpened()});
        rows.add(new Object[] {"tickets", "resolved", r.ticketsResolved()});
        rows.add(new Object[] {"tickets", "closed", r.ticketsClosed()});
        rows.add(new Object[] {"orders", "requested", r.ordersRequested()});
        rows.add(new Object[] {"orders", "approved", r.ordersApproved()});
        rows.add(new Object[] {"orders", "rejected", r.ordersRejected()});
        rows.add(new Object[] {"orders", "conversion", r.conversion()});
        rows.add(new Object[] {"orders", "approval rate", r.approvalRate()});
        rows.add(new Object[] {"feedback", "reviews requested", r.reviewsRequested()});
        rows.add(new Object[] {"feedback", "reviews received", r.reviewsReceived()});
        rows.add(new Object[] {"feedback", "average rating", r.averageRating()});
        rows.add(new Object[] {"feedback", "negative reviews", r.negativeReviews()});
        rows.add(new Object[] {"activity", "all staff actions", r.staffActions()});
        r.activity().forEach(a -> rows.add(new Object[] {"activity", a.name() + " (" + a.userId() + ")", a.actions()}));
        return new Csv().rows(rows);
    }
}
