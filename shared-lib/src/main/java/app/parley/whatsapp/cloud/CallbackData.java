package app.parley.whatsapp.cloud;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Our outgoing message's id as the send's {@code biz_opaque_callback_data} (at most 512 characters),
 * which Meta echoes in the {@code statuses} objects of its status webhooks. Prefixed, so a value set
 * by another app on the same business account is never taken for one of ours.
 */
public final class CallbackData {
    private static final String PREFIX = "parley:";
    private static final Pattern OUTBOUND_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,200}");

    private CallbackData() {}

    public static String of(String outboundId) {
        if (!OUTBOUND_ID.matcher(outboundId).matches()) throw new IllegalArgumentException("not an outbound id: " + outboundId);
        return PREFIX + outboundId;
    }

    /** The outbound id carried by a status's callback data; empty for none or for another app's value. */
    public static Optional<String> outboundId(String callbackData) {
        if (callbackData == null || !callbackData.startsWith(PREFIX)) return Optional.empty();
        String id = callbackData.substring(PREFIX.length());
        return OUTBOUND_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }
}
