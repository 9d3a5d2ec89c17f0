package app.parley.api;

import app.parley.api.http.HttpResponse;
import app.parley.api.http.Request;
import app.parley.api.http.Router;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The admin API behind API Gateway (HTTP API, payload v2) and the local front door: parse, dispatch, map. */
public final class ApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Primed {
    private final Router router;
    private final Priming priming;

    public ApiHandler() { this(ApiWiring.router(ApiWiring.fromEnvironment())); } // once per container

    public ApiHandler(Router router) {                                            // tests
        this.router = router;
        this.priming = ApiPriming.register(this);
    }

    @Override
    public Priming priming() { return priming; }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return respond(router, event);
    }

    /** One HTTP API request through a router, as every HTTP function of the admin API answers it. */
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
