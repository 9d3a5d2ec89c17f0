package app.parley.api.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One HTTP API request (payload v2) through a router and back, as every HTTP function of the admin API answers it
 * (the ApiFunction and the DocumentsFunction). Names no wiring, so a function reaching it carries only its own router.
 */
public final class HttpApiExchange {
    private HttpApiExchange() {}

    public static APIGatewayV2HTTPResponse respond(Router router, APIGatewayV2HTTPEvent event) {
        HttpResponse response = router.route(request(event));
        return APIGatewayV2HTTPResponse.builder().withStatusCode(response.status()).withHeaders(response.headers())
                .withBody(response.body()).withIsBase64Encoded(response.base64Encoded()).build();
    }

    private static Request request(APIGatewayV2HTTPEvent event) {
        var http = event.getRequestContext() == null ? null : event.getRequestContext().getHttp();
        String method = http != null ? http.getMethod() : "GET";
        String body = event.getBody();
        if (body != null && event.getIsBase64Encoded()) body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        return new Request(method, withoutStage(event), event.getHeaders(), event.getQueryStringParameters(), body,
                http != null ? http.getSourceIp() : null);
    }

    /** A named stage (not {@code $default}) prefixes the raw path; routes are declared without it. */
    private static String withoutStage(APIGatewayV2HTTPEvent event) {
        String path = event.getRawPath() == null ? "/" : event.getRawPath();
        String stage = event.getRequestContext() == null ? null : event.getRequestContext().getStage();
        if (stage != null && !"$default".equals(stage) && path.startsWith("/" + stage + "/")) return path.substring(stage.length() + 1);
        return path;
    }
}
