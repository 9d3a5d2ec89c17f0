package app.parley.reviews.application;

import app.parley.common.model.Page;
import app.parley.reviews.model.Review;
import app.parley.reviews.model.ReviewRequest;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** Review requests waiting for an answer, and the answers, with their report figures written alongside. */
public interface Reviews {
    /** Stores the request (replacing an older one for the same customer); false when this very subject was asked already. */
    boolean ask(ReviewRequest request);

    Optional<ReviewRequest> pendingFor(TenantId tenant, String customerPhone);

    /** Stores the review and retires the request it answers, together; false when either happened already. */
    boolean answer(Review review, ReviewRequest answered);

    Optional<Review> find(TenantId tenant, String reviewId);

    /** Newest first. */
    Page<Review> page(TenantId tenant, int limit, String cursor);
}
