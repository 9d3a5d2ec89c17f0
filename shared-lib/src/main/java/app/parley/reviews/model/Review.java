package app.parley.reviews.model;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.Objects;

/** A customer's answer to a review request. {@code id} follows from the customer's message, so it is stored once. */
public record Review(TenantId tenant, String id, ReviewSubject subject, String customerPhone, String conversationId,
                     Rating rating, Instant at) {
    public Review {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(at, "at");
    }

    /** The same id for the same customer message every time: its time, then 80 bits of a SHA-256 of its id. */
    public static String idFor(String externalMessageId, Instant at) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(externalMessageId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "rev_" + new com.github.f4b6a3.ulid.Ulid(at.toEpochMilli(), java.util.Arrays.copyOf(hash, 10));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
