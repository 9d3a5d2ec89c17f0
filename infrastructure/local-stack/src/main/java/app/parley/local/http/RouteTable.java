package app.parley.local.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The routes of the template, tried from the most specific to the greedy ones. */
public final class RouteTable {
    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = routes.stream().sorted(Comparator.comparingInt(Route::specificity)).toList();
    }

    public record Match(Route route, Map<String, String> pathParameters) {}

    public Optional<Match> find(String method, String rawPath) {
        List<String> segments = Route.segments(rawPath).stream()
                .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(method, segments);
            if (parameters.isPresent()) return Optional.of(new Match(route, parameters.get()));
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return routes;
    }
}
