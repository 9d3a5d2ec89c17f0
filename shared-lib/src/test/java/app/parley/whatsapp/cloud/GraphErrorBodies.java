package app.parley.whatsapp.cloud;

/**
 * Graph API error bodies in Meta's wire format, for scripting {@link FakeGraphApi}. The fixture
 * files hold real ones ({@link #fixture}); {@link #REENGAGEMENT_131047} has no fixture of its own,
 * so it is built from the error Meta reports for it in status webhooks.
 */
public final class GraphErrorBodies {
    public static final String REENGAGEMENT_131047 = of(131047, "OAuthException", "(#131047) Re-engagement message",
            "Message failed to send because more than 24 hours have passed since the customer last replied to this number.");
    public static final String INTERNAL_ERROR_131000 = of(131000, "OAuthException", "(#131000) Something went wrong",
            "Something went wrong");

    private GraphErrorBodies() {}

    /** A body from {@code ../shared/fixtures/whatsapp-cloud}, e.g. {@code graph_error_190_invalid_token.json}. */
    public static String fixture(String fileName) {
        return WhatsAppFixtures.read(fileName);
    }

    public static String of(int code, String type, String message, String details) {
        return """
                {"error":{"message":%s,"type":%s,"code":%d,"error_data":{"messaging_product":"whatsapp","details":%s},\
                "fbtrace_id":"AFakeGraphApiTraceId"}}"""
                .formatted(quoted(message), quoted(type), code, quoted(details));
    }

    static String invalidToken() {
        return """
                {"error":{"message":"Invalid OAuth access token - Cannot parse access token","type":"OAuthException",\
                "code":190,"fbtrace_id":"AFakeGraphApiTraceId"}}""";
    }

    static String objectNotFound(String id) {
        return """
                {"error":{"message":"Unsupported get request. Object with ID '%s' does not exist, cannot be loaded \
                due to missing permissions, or does not support this operation.","type":"GraphMethodException",\
                "code":100,"error_subcode":33,"fbtrace_id":"AFakeGraphApiTraceId"}}""".formatted(id);
    }

    static String invalidParameter(String details) {
        return of(100, "OAuthException", "(#100) Invalid parameter", details);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
