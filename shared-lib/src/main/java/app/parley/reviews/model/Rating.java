package app.parley.reviews.model;

/** A customer's 1–5 rating with what they wrote besides it (may be empty). */
public record Rating(int stars, String comment) {
    public static final int NEGATIVE_AT_MOST = 2;

    public Rating {
        if (stars < 1 || stars > 5) throw new IllegalArgumentException("a rating is 1 to 5");
        comment = comment == null ? "" : comment.strip();
    }

    public boolean negative() { return stars <= NEGATIVE_AT_MOST; }
}
