package app.parley.api.reports;

import static app.parley.auth.access.Permission.PLATFORM_REPORTS_READ;

import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.billing.application.ReadingPlatformFigures;
import app.parley.billing.model.PlatformFigures;
import app.parley.common.model.Money;
import app.parley.reports.application.PlatformDailyFigures;
import app.parley.reports.model.PlatformFigure;
import app.parley.reports.model.TenantReport;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The super admin's platform report over ?from=&to=: tenants onboarded, messages, conversations, escalations, orders,
 * tickets and review trends
 * per day (platform counters written as events happened), and revenue from the billing figures.
 */
public final class PlatformReportEndpoints {
    private final PlatformDailyFigures daily;
    private final ReadingPlatformFigures billing;
    private final Clock clock;

    public record Day(LocalDate day, long tenantsRegistered, long messagesIn, long messagesOut, long conversationsStarted,
                      long escalations, long ordersRequested, long ordersApproved, long ordersRejected, long ticketsOpened,
                      long reviewsReceived, long ratingSum, BigDecimal averageRating, long negativeReviews) {}

    public record Amount(String currency, String amount) {}

    /**
     * {@code escalationRatio}: escalations per conversation started; {@code conversion}: order requests per
     * conversation started; {@code approvalRatio}: approved among decided orders (0 when there is nothing to divide).
     */
    public record PlatformReport(LocalDate from, LocalDate to, long tenantsRegistered, long messagesIn, long messagesOut,
                                 long conversationsStarted, long escalations, BigDecimal escalationRatio, long ordersRequested,
                                 long ordersApproved, long ordersRejected, BigDecimal conversion, BigDecimal approvalRatio,
                                 long ticketsOpened, long reviewsReceived, BigDecimal averageRating, long negativeReviews,
                                 List<Amount> mrr, List<Amount> revenue, long activeSubscriptions, List<Day> days) {}

    public record ReviewTrend(LocalDate day, long reviews, BigDecimal averageRating, long negative) {}

    public PlatformReportEndpoints(PlatformDailyFigures daily, ReadingPlatformFigures billing, Clock clock) {
        this.daily = daily;
        this.billing = billing;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/platform/reports").tag("platform").requires(PLATFORM_REPORTS_READ)
                        .summary("Tenant onboarding, messages, conversations, escalations, orders, tickets and reviews per day of ?from=&to=, with MRR and revenue from billing")
                        .query("from", "to").returns(PlatformReport.class).handle(c -> Reply.ok(report(c))),
                Operation.get("/api/platform/reports.csv").tag("platform").requires(PLATFORM_REPORTS_READ)
                        .summary("The platform report's days as CSV").query("from", "to").returnsFile("text/csv").handle(this::csv),
                Operation.get("/api/platform/reports/reviews").tag("platform").requires(PLATFORM_REPORTS_READ)
                        .summary("Platform-wide review trend per day of ?from=&to= (count, average rating, negative)")
                        .query("from", "to").returnsList(ReviewTrend.class).handle(this::reviews));
    }

    private PlatformReport report(Call call) {
        List<Day> days = days(ReportRange.of(call, clock));
        PlatformFigures money = billing.read();
        long reviews = sum(days, Day::reviewsReceived);
        long ratingSum = sum(days, Day::ratingSum);
        long conversations = sum(days, Day::conversationsStarted);
        long escalations = sum(days, Day::escalations);
        long requested = sum(days, Day::ordersRequested);
        long approved = sum(days, Day::ordersApproved);
        long rejected = sum(days, Day::ordersRejected);
        return new PlatformReport(days.getFirst().day(), days.getLast().day(), sum(days, Day::tenantsRegistered), sum(days, Day::messagesIn),
                sum(days, Day::messagesOut), conversations, escalations, TenantReport.ratio(escalations, conversations), requested,
                approved, rejected, TenantReport.ratio(requested, conversations), TenantReport.ratio(approved, approved + rejected),
                sum(days, Day::ticketsOpened), reviews, TenantReport.ratio(ratingSum, reviews),
                sum(days, Day::negativeReviews), amounts(money.mrr()), revenue(money), money.activeSubscriptions(), days);
    }

    private List<Day> days(ReportRange range) {
        List<Day> days = new ArrayList<>();
        daily.perDay(range.from(), range.to()).forEach((day, f) -> days.add(new Day(day, f.get(PlatformFigure.TENANTS_REGISTERED),
                f.get(PlatformFigure.MESSAGES_IN), f.get(PlatformFigure.MESSAGES_OUT), f.get(PlatformFigure.CONVERSATIONS_STARTED),
                f.get(PlatformFigure.ESCALATIONS), f.get(PlatformFigure.ORDERS_REQUESTED), f.get(PlatformFigure.ORDERS_APPROVED),
                f.get(PlatformFigure.ORDERS_REJECTED), f.get(PlatformFigure.TICKETS_OPENED),
                f.get(PlatformFigure.REVIEWS_RECEIVED), f.get(PlatformFigure.RATING_SUM), TenantReport.ratio(f.get(PlatformFigure.RATING_SUM), f.get(PlatformFigure.REVIEWS_RECEIVED)),
                f.get(PlatformFigure.NEGATIVE_REVIEWS))));
        return days;
    }

    private Reply reviews(Call call) {
        var trend = days(ReportRange.of(call, clock)).stream()
                .map(d -> new ReviewTrend(d.day(), d.reviewsReceived(), d.averageRating(), d.negativeReviews())).toList();
        return Reply.ok(new app.parley.api.http.Listing<>(trend, null));
    }

    private Reply csv(Call call) {
        PlatformReport r = report(call);
        Csv csv = new Csv().row("day", "tenants registered", "messages in", "messages out", "conversations started", "escalations",
                "orders requested", "orders approved", "orders rejected", "tickets opened", "reviews", "average rating", "negative reviews");
        r.days().forEach(d -> csv.row(d.day().toString(), d.tenantsRegistered(), d.messagesIn(), d.messagesOut(), d.conversationsStarted(),
                d.escalations(), d.ordersRequested(), d.ordersApproved(), d.ordersRejected(), d.ticketsOpened(), d.reviewsReceived(),
                d.averageRating(), d.negativeReviews()));
        return Reply.file("text/csv", "platform_" + r.from() + "_" + r.to() + ".csv", csv.bytes());
    }

    private static long sum(List<Day> days, java.util.function.ToLongFunction<Day> f) {
        return days.stream().mapToLong(f).sum();
    }

    private static List<Amount> amounts(List<Money> money) {
        return money.stream().map(m -> new Amount(m.currency().getCurrencyCode(), m.amount().toPlainString())).toList();
    }

    /** Everything tenants paid so far, per currency (the billing function's revenue counters). */
    private static List<Amount> revenue(PlatformFigures f) {
        Map<String, BigDecimal> total = new TreeMap<>();
        f.revenuePerTenant().forEach(r -> r.paid().forEach(m -> total.merge(m.currency().getCurrencyCode(), m.amount(), BigDecimal::add)));
        return total.entrySet().stream().map(e -> new Amount(e.getKey(), e.getValue().toPlainString())).toList();
    }
}
