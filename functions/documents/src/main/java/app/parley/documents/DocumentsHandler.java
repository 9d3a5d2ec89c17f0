package app.parley.documents;

import app.parley.api.http.HttpApiExchange;
import app.parley.api.http.Router;
import app.parley.config.InvocationLog;
import app.parley.snapstart.Primed;
import app.parley.snapstart.Priming;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * The admin API's operations that need PDFBox, behind the same HTTP API and authorizer (template.yaml routes their
 * paths here): invoice and quotation PDFs, sending a quotation. Parse, dispatch, map as the admin API does.
 */
public final class DocumentsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Primed {
    private final Router router;
    private final Priming priming;

    public DocumentsHandler() { this(DocumentsEnvironment.router()); } // once per container

    public DocumentsHandler(Router router) {                          // tests
        this.router = router;
        this.priming = DocumentsPriming.register(this);
    }

    @Override
    public Priming priming() { return priming; }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return InvocationLog.around(context, () -> HttpApiExchange.respond(router, event));
    }
}
