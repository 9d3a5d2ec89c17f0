package app.parley.api;

import app.parley.api.http.HttpApiExchange;
import app.parley.api.http.Router;
import app.parley.config.InvocationLog;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

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
        return InvocationLog.around(context, () -> HttpApiExchange.respond(router, event));
    }
}
