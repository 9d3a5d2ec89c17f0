package app.parley.reviews.model;

import java.util.Objects;

/** What a review is about: a resolved ticket or a completed order. */
public record ReviewSubject(Kind kind, String id) {
    public enum Kind { TICKET, ORDER }

    public ReviewSubject {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) throw new IllegalArgumentException("id");
    }
}
