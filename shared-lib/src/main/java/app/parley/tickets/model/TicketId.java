package app.parley.tickets.model;

import app.parley.common.model.Ids;
import com.github.f4b6a3.ulid.Ulid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;

public record TicketId(String value) {
    public static final String PREFIX = "tkt";

    public TicketId { Ids.require(PREFIX, value, "ticket"); }

    public static TicketId newId() { return new TicketId(Ids.next(PREFIX)); }

    /** The same id for the same customer message every time (a redelivered complaint opens no second ticket). */
    public static TicketId forMessage(String externalMessageId, Instant at) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(externalMessageId.getBytes(StandardCharsets.UTF_8));
            return new TicketId(PREFIX + "_" + new Ulid(at.toEpochMilli(), Arrays.copyOf(hash, 10)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
