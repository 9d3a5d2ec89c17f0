package app.parley.orders.model;

import app.parley.common.model.Ids;

public record OrderId(String value) {
    public static final String PREFIX = "ord";
    public OrderId { Ids.require(PREFIX, value, "order"); }
    public static OrderId newId() { return new OrderId(Ids.next(PREFIX)); }

    /** The same id for the same order request every time: its time, then 80 bits of a hash of the request id. */
    public static OrderId forRequest(String requestId, java.time.Instant requestedAt) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(requestId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var ulid = new com.github.f4b6a3.ulid.Ulid(requestedAt.toEpochMilli(), java.util.Arrays.copyOf(hash, 10));
            return new OrderId(PREFIX + "_" + ulid);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
