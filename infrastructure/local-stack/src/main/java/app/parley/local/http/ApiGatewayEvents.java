package app.parley.local.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Builds the API Gateway HTTP API (payload format 2.0) event for a request, as AWS does. */
final class ApiGatewayEvents {
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private ApiGatewayEvents() {}

    static APIGatewayV2HTTPEvent of(HttpRequest request, RouteTable.Match match) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                values.forEach(v -> cookies.addAll(List.of(v.split(";\\s*"))));
            } else {
                headers.merge(lower, String.join(",", values), (a, b) -> a + "," + b);
            }
        });
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(match.route().routeKey())
                .withRawPath(request.rawPath())
                .withRawQueryString(request.rawQuery() == null ? "" : request.rawQuery())
                .withHeaders(headers)
                .withRequestContext(context(request, match, headers.get("user-agent"), headers.getOrDefault("host", "localhost")))
                .build();
        if (!cookies.isEmpty()) event.setCookies(cookies);
        Map<String, String> query = queryParameters(request.rawQuery());
        if (!query.isEmpty()) event.setQueryStringParameters(query);
        if (!match.pathParameters().isEmpty()) event.setPathParameters(match.pathParameters());
        setBody(event, request.body(), headers.get("content-type"));
        return event;
    }

    private static RequestContext context(HttpRequest request, RouteTable.Match match, String userAgent, String host) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        RequestContext.Http http = RequestContext.Http.builder()
                .withMethod(request.method()).withPath(request.rawPath()).withProtocol(request.protocol())
                .withSourceIp(request.sourceIp()).withUserAgent(userAgent).build();
        return RequestContext.builder()
                .withAccountId("000000000000").withApiId("local").withStage("$default")
                .withDomainName(host).withDomainPrefix(host.split("[.:]")[0])
                .withRequestId(UUID.randomUUID().toString()).withRouteKey(match.route().routeKey())
                .withTime(REQUEST_TIME.format(now)).withTimeEpoch(now.toInstant().toEpochMilli())
                .withHttp(http).build();
    }

    /** Repeated names are joined with commas, as payload 2.0 does. */
    static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) return parameters;
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static void setBody(APIGatewayV2HTTPEvent event, byte[] body, String contentType) {
        if (body.length == 0) {
            event.setIsBase64Encoded(false);
            return;
        }
        boolean text = isText(contentType);
        event.setIsBase64Encoded(!text);
        event.setBody(text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
    }

    private static boolean isText(String contentType) {
        if (contentType == null) return false;
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("application/javascript");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
