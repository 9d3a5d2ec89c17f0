package app.parley.webhook;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** HTTP API responses: plain text for the handshake, JSON otherwise, errors as {@code {"error","message"}}. */
final class Responses {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {}

    static APIGatewayV2HTTPResponse text(int status, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "text/plain; charset=utf-8")).withBody(body).build();
    }

    static APIGatewayV2HTTPResponse json(int status, String body) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
                .withHeaders(Map.of("Content-Type", "application/json")).withBody(body).build();
    }

    static APIGatewayV2HTTPResponse error(int status, String code, String message) {
        return json(status, JSON.createObjectNode().put("error", code).put("message", message).toString());
    }
}
