package app.parley.reviews.application;

import app.parley.reviews.model.Review;

/** What became of a customer message while a review request waited. */
public sealed interface ReviewAnswer {
    /** The message was the rating: stored (or stored before, on a redelivery); {@code thanks} is the reply. */
    record Taken(Review review, boolean firstTime, String thanks) implements ReviewAnswer {}

    /** Not an answer to a review request: the assistant handles it as any message. */
    record NotAnAnswer() implements ReviewAnswer {}
}
