package app.parley.reports.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A tenant's figures over {@code from..to}, every one summed from the counters written as events happened.
 * Ratios have 4 decimals (HALF_EVEN) and are 0 when their denominator is 0:
 * escalation ratio = escalations / conversations started; AI share = messages sent by the assistant / all sent;
 * conversion = order requests / conversations started; approval rate = approved / decided;
 * average rating = rating sum / reviews received.
 */
public record TenantReport(LocalDate from, LocalDate to, long messagesIn, long messagesOut, long conversationsStarted,
                           long sentByAi, long sentByStaff, BigDecimal aiShare, long escalations, BigDecimal escalationRatio,
                           long ticketsOpened, long ticketsResolved, long ticketsClosed, long ordersRequested, long ordersApproved,
                           long ordersRejected, BigDecimal conversion, BigDecimal approvalRate, long reviewsRequested,
                           long reviewsReceived, BigDecimal averageRating, long negativeReviews, long staffActions,
                           List<UserActivity> activity) {
    public record UserActivity(String userId, String name, long actions) {}

    public TenantReport { activity = List.copyOf(activity); }

    public static BigDecimal ratio(long part, long whole) {
        if (whole == 0) return BigDecimal.ZERO.setScale(4, RoundingMode.UNNECESSARY);
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }
}
