package app.parley.reviews.application;

import app.parley.notifications.application.Notifications;
import app.parley.notifications.model.StaffNotification;
import app.parley.reviews.model.Rating;
import app.parley.reviews.model.Review;
import app.parley.reviews.model.ReviewRequest;
import app.parley.tenancy.model.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Recognises a customer's answer to the review request waiting for them and stores it once (its id follows
 * from the customer's message). A rating of 2 or less raises one alert to the managers, however often the
 * message is delivered.
 */
public final class TakingReviewAnswers {
    /** After this, a digit at the start of a message ("2 bouquets please") is no longer read as a late rating. */
    static final Duration ANSWERED_WITHIN = Duration.ofDays(3);
    static final String THANKS = "Thank you for your rating!";
    static final String SORRY = "Thank you for telling us. We are sorry it was not better; a manager will look into it.";
    private final Reviews reviews;
    private final Notifications notifications;

    public TakingReviewAnswers(Reviews reviews, Notifications notifications) {
        this.reviews = reviews;
        this.notifications = notifications;
    }

    public ReviewAnswer take(TenantId tenant, String customerPhone, String externalMessageId, String text, Instant at) {
        Optional<Rating> rating = RatingReplies.read(text);
        // first and without a read: most messages are no rating, and a review taken earlier from this message was one
        if (rating.isEmpty()) return new ReviewAnswer.NotAnAnswer();
        Optional<ReviewRequest> pending = reviews.pendingFor(tenant, customerPhone);
        Optional<Review> earlier = reviews.find(tenant, Review.idFor(externalMessageId, at));
        if (earlier.isPresent()) return taken(earlier.get(), false);
        if (pending.isEmpty() || pending.get().askedAt().plus(ANSWERED_WITHIN).isBefore(at)) return new ReviewAnswer.NotAnAnswer();
        ReviewRequest request = pending.get();
        Review review = new Review(tenant, Review.idFor(externalMessageId, at), request.subject(), customerPhone,
                request.conversationId(), rating.get(), at);
        if (!reviews.answer(review, request)) {
            return reviews.find(tenant, review.id()).<ReviewAnswer>map(r -> taken(r, false)).orElseGet(ReviewAnswer.NotAnAnswer::new);
        }
        if (review.rating().negative()) alert(review);
        return taken(review, true);
    }

    private void alert(Review r) {
        String comment = r.rating().comment().isEmpty() ? "" : ": \"" + r.rating().comment() + "\"";
        notifications.record(new StaffNotification(r.tenant(), "ntf-" + r.id(), StaffNotification.Kind.NEGATIVE_REVIEW, r.id(),
                r.conversationId(), "Customer " + r.customerPhone() + " rated " + r.subject().kind().name().toLowerCase()
                + " " + r.subject().id() + " " + r.rating().stars() + "/5" + comment, r.at()));
    }

    private static ReviewAnswer taken(Review review, boolean firstTime) {
        return new ReviewAnswer.Taken(review, firstTime, review.rating().negative() ? SORRY : THANKS);
    }
}
