package app.parley.whatsapp.cloud;

/**
 * Retrying the same request will not help: bad token (190), unknown object (100), recipient not
 * allowed (131030), or outside the 24-hour customer service window (131047), which sets
 * {@code reengagementRequired}: only a template message can reach the customer now.
 */
public record PermanentFailure(int code, String message, boolean reengagementRequired)
        implements GraphFailure {}
