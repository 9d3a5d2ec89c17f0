package app.parley.api.http;

/**
 * The action of an operation another function serves (API Gateway and the local front door route its path there,
 * as template.yaml says): it is only described in this function's OpenAPI document, never routed here.
 */
public final class ServedElsewhere {
    public static final Operation.Action ACTION = call -> {
        throw new IllegalStateException(call.request().method() + " " + call.request().path() + " is served by another function");
    };

    private ServedElsewhere() {}
}
