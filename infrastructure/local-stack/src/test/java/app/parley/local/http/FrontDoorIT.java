package app.parley.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.lambda.FunctionContainer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontDoorIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicReference<APIGatewayV2HTTPEvent> received = new AtomicReference<>();
    private FrontDoor door;

    @TempDir
    Path frontend;

    @AfterEach
    void stop() {
        if (door != null) door.close();
    }

    private void openWith(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        door = FrontDoor.start(0, Optional.of(frontend));
        FunctionContainer function = new FunctionContainer("api", handler);
        door.open(new RouteTable(List.of(new Route("GET", "/health", function),
                new Route("ANY", "/api/{proxy+}", function), new Route("GET", "/api/orders/{orderId}", function))));
    }

    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> recording(int status, String body) {
        return (event, context) -> {
            received.set(event);
            return APIGatewayV2HTTPResponse.builder().withStatusCode(status)
                    .withHeaders(Map.of("Content-Type", "application/json", "X-Handler", "yes")).withBody(body).build();
        };
    }

    @Test
    void a_request_reaches_the_handler_as_an_api_gateway_v2_event() throws Exception {
        openWith(recording(201, "{\"id\":\"o_1\"}"));
        var response = send(HttpRequest.newBuilder(url("/api/orders/o_1?status=PENDING&tag=a&tag=b"))
                .header("X-Tenant-Hint", "t1").header("Cookie", "a=1; b=2")
                .header("Content-Type", "application/json").method("GET", BodyPublishers.ofString("{\"q\":1}")));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"id\":\"o_1\"}");
        assertThat(response.headers().firstValue("x-handler")).contains("yes");
        APIGatewayV2HTTPEvent event = received.get();
        assertThat(event.getRouteKey()).isEqualTo("GET /api/orders/{orderId}");
        assertThat(event.getRawPath()).isEqualTo("/api/orders/o_1");
        assertThat(event.getRawQueryString()).isEqualTo("status=PENDING&tag=a&tag=b");
        assertThat(event.getQueryStringParameters()).containsEntry("status", "PENDING").containsEntry("tag", "a,b");
        assertThat(event.getPathParameters()).isEqualTo(Map.of("orderId", "o_1"));
        assertThat(event.getHeaders()).containsEntry("x-tenant-hint", "t1").doesNotContainKey("cookie");
        assertThat(event.getCookies()).containsExactly("a=1", "b=2");
        assertThat(event.getBody()).isEqualTo("{\"q\":1}");
        assertThat(event.getIsBase64Encoded()).isFalse();
        assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("GET");
        assertThat(event.getRequestContext().getHttp().getPath()).isEqualTo("/api/orders/o_1");
        assertThat(event.getRequestContext().getHttp().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(event.getRequestContext().getRouteKey()).isEqualTo("GET /api/orders/{orderId}");
    }

    @Test
    void a_binary_body_arrives_base64_encoded() throws Exception {
        openWith(recording(200, "{}"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        send(HttpRequest.newBuilder(url("/api/uploads")).header("Content-Type", "image/png").POST(BodyPublishers.ofByteArray(png)));

        assertThat(received.get().getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(received.get().getBody())).isEqualTo(png);
        assertThat(received.get().getPathParameters()).containsEntry("proxy", "uploads");
    }

    @Test
    void an_unknown_route_is_a_json_404() throws Exception {
        openWith(recording(200, "{}"));
        var response = send(HttpRequest.newBuilder(url("/webhooks/nothing")).POST(BodyPublishers.ofString("x")));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).contains("application/json");
        assertThat(response.body()).startsWith("{\"error\":\"not_found\",\"message\":\"");
    }

    @Test
    void a_body_over_the_limit_is_a_json_413_and_never_reaches_the_handler() throws Exception {
        openWith(recording(200, "{}"));
        var response = send(HttpRequest.newBuilder(url("/api/import")).header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofByteArray(new byte[FrontDoor.MAX_BODY_BYTES + 1])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"error\":\"payload_too_large\"");
        assertThat(received.get()).isNull();
    }

    @Test
    void a_crashing_handler_is_a_json_500_without_a_stack_trace() throws Exception {
        openWith((event, context) -> {
            throw new IllegalStateException("secret internals at app.parley.Something");
        });
        var response = send(HttpRequest.newBuilder(url("/api/boom")));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"error\":\"internal_error\",\"message\":\"The request could not be completed.\"}");
    }

    @Test
    void health_answers_503_until_the_front_door_opens_then_200() throws Exception {
        door = FrontDoor.start(0, Optional.empty());
        assertThat(send(HttpRequest.newBuilder(url("/health"))).statusCode()).isEqualTo(503);

        door.open(new RouteTable(List.of(new Route("GET", "/health", new FunctionContainer("api", recording(200, "{\"status\":\"ok\"}"))))));
        assertThat(send(HttpRequest.newBuilder(url("/health"))).statusCode()).isEqualTo(200);
    }

    @Test
    void other_get_paths_serve_the_spa_with_index_html_for_client_routes() throws Exception {
        Files.createDirectories(frontend.resolve("dist/assets"));
        Files.writeString(frontend.resolve("dist/index.html"), "<html>panel</html>");
        Files.writeString(frontend.resolve("dist/assets/app.js"), "console.log(1)");
        openWith(recording(200, "{}"));

        var asset = send(HttpRequest.newBuilder(url("/assets/app.js")));
        var clientRoute = send(HttpRequest.newBuilder(url("/orders/o_1")));
        var missingAsset = send(HttpRequest.newBuilder(url("/assets/missing.js")));
        var escape = send(HttpRequest.newBuilder(url("/..%2F..%2Fetc%2Fpasswd")));

        assertThat(asset.headers().firstValue("content-type")).contains("text/javascript; charset=utf-8");
        assertThat(asset.body()).isEqualTo("console.log(1)");
        assertThat(clientRoute.statusCode()).isEqualTo(200);
        assertThat(clientRoute.body()).isEqualTo("<html>panel</html>");
        assertThat(clientRoute.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
        assertThat(missingAsset.statusCode()).isEqualTo(404);
        assertThat(escape.body()).doesNotContain("root:");
    }

    private URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + door.port() + pathAndQuery);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), BodyHandlers.ofString());
    }
}
