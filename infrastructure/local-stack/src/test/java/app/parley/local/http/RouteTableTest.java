package app.parley.local.http;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.local.lambda.FunctionContainer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    private static final FunctionContainer NONE = new FunctionContainer("none", (Object e, com.amazonaws.services.lambda.runtime.Context c) -> null);

    private final RouteTable table = new RouteTable(List.of(
            new Route("ANY", "/api/{proxy+}", NONE),
            new Route("GET", "/health", NONE),
            new Route("GET", "/api/orders/{orderId}", NONE),
            new Route("GET", "/api/orders/open", NONE),
            new Route("ANY", "/webhooks/whatsapp", NONE),
            new Route("POST", "/webhooks/whatsapp", NONE)));

    @Test
    void an_exact_path_wins_over_a_path_variable_and_a_greedy_one() {
        assertThat(routeKey("GET", "/api/orders/open")).isEqualTo("GET /api/orders/open");
        assertThat(routeKey("GET", "/api/orders/o_1")).isEqualTo("GET /api/orders/{orderId}");
        assertThat(routeKey("DELETE", "/api/orders/o_1")).isEqualTo("ANY /api/{proxy+}");
    }

    @Test
    void a_route_for_the_method_wins_over_any() {
        assertThat(routeKey("POST", "/webhooks/whatsapp")).isEqualTo("POST /webhooks/whatsapp");
        assertThat(routeKey("GET", "/webhooks/whatsapp")).isEqualTo("ANY /webhooks/whatsapp");
    }

    @Test
    void path_parameters_are_decoded_and_greedy_ones_keep_their_slashes() {
        assertThat(table.find("GET", "/api/orders/o%201").orElseThrow().pathParameters()).isEqualTo(Map.of("orderId", "o 1"));
        assertThat(table.find("PATCH", "/api/settings/ai").orElseThrow().pathParameters()).isEqualTo(Map.of("proxy", "settings/ai"));
    }

    @Test
    void a_greedy_variable_needs_at_least_one_segment_and_methods_must_match() {
        assertThat(table.find("GET", "/api")).isEmpty();
        assertThat(table.find("POST", "/health")).isEmpty();
        assertThat(table.find("GET", "/health/extra")).isEmpty();
    }

    private String routeKey(String method, String path) {
        return table.find(method, path).orElseThrow().route().routeKey();
    }
}
