package app.parley.api.reviews;

import static app.parley.auth.access.Permission.REPORTS_READ;
import static app.parley.auth.access.Permission.REVIEWS_REQUEST;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.orders.application.Orders;
import app.parley.orders.model.Order;
import app.parley.orders.model.OrderId;
import app.parley.orders.model.OrderStatus;
import app.parley.reviews.application.AskingForReviews;
import app.parley.reviews.application.Reviews;
import app.parley.reviews.model.Review;
import app.parley.reviews.model.ReviewRequest;
import app.parley.reviews.model.ReviewSubject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Customers' reviews for managers, and asking the customer of a completed (approved) order for one. */
public final class ReviewEndpoints {
    private final Reviews reviews;
    private final AskingForReviews asking;
    private final Orders orders;
    private final Auditor audit;
    private final Clock clock;

    public record ReviewView(String id, String subjectKind, String subjectId, String customerPhone, String conversationId,
                             int rating, String comment, boolean negative, Instant at) {
        static ReviewView of(Review r) {
            return new ReviewView(r.id(), r.subject().kind().name(), r.subject().id(), r.customerPhone(), r.conversationId(),
                    r.rating().stars(), r.rating().comment(), r.rating().negative(), r.at());
        }
    }

    public record ReviewAsked(String orderId, boolean asked) {}

    public ReviewEndpoints(Reviews reviews, AskingForReviews asking, Orders orders, Auditor audit, Clock clock) {
        this.reviews = reviews;
        this.asking = asking;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/reviews").tag("reviews").requires(REPORTS_READ).summary("Customers' reviews, newest first").paged()
                        .returnsList(ReviewView.class)
                        .handle(c -> Reply.ok(Listing.of(c.page((l, cur) -> reviews.page(c.tenant(), l, cur)), ReviewView::of))),
                Operation.post("/api/orders/{orderId}/review-request").tag("reviews").requires(REVIEWS_REQUEST)
                        .summary("The order is completed: ask its customer over WhatsApp for a 1–5 rating and a comment (once per order)")
                        .returns(ReviewAsked.class).handle(this::askAboutOrder));
    }

    private Reply askAboutOrder(Call call) {
        Order order = orders.find(call.tenant(), call.id("orderId", OrderId::new)).orElseThrow(ApiProblem::notFound);
        if (order.status() != OrderStatus.APPROVED) {
            throw ApiProblem.conflict("not_completed", "Only an approved order can be completed; this one is " + order.status() + ".");
        }
        String phone = order.customer().phone();
        if (phone == null || phone.isBlank()) throw ApiProblem.conflict("no_phone", "The order has no customer phone to ask.");
        boolean asked = asking.ask(new ReviewRequest(call.tenant(), phone.replaceAll("\\D", ""),
                new ReviewSubject(ReviewSubject.Kind.ORDER, order.id().value()), null, clock.instant()));
        if (asked) audit.record(call, "REVIEW_REQUESTED", null, Map.of("orderId", order.id().value()));
        return Reply.ok(new ReviewAsked(order.id().value(), asked));
    }
}
