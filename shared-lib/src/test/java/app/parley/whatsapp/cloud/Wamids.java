package app.parley.whatsapp.cloud;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Message ids in Meta's layout: base64 of {@code 0x1c 0x18 <len> <digits> 0x15 0x02 0x00 0x11 0x18 <len> <id>},
 * where 0x11 marks a message the business sent.
 */
final class Wamids {
    private final AtomicLong counter = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));

    String next(String waId) {
        byte[] digits = waId.getBytes(StandardCharsets.US_ASCII);
        byte[] id = String.format("%018X", counter.incrementAndGet()).getBytes(StandardCharsets.US_ASCII);
        byte[] raw = new byte[3 + digits.length + 4 + 2 + id.length];
        int at = put(raw, 0, (byte) 0x1c, (byte) 0x18, (byte) digits.length);
        System.arraycopy(digits, 0, raw, at, digits.length);
        at = put(raw, at + digits.length, (byte) 0x15, (byte) 0x02, (byte) 0x00, (byte) 0x11, (byte) 0x18, (byte) id.length);
        System.arraycopy(id, 0, raw, at, id.length);
        return "wamid." + Base64.getEncoder().encodeToString(raw);
    }

    private static int put(byte[] target, int at, byte... values) {
        System.arraycopy(values, 0, target, at, values.length);
        return at + values.length;
    }
}
