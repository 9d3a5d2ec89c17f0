package app.parley.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;

/**
 * One function of the template as a warm Lambda container: the handler class named in the
 * template, instantiated once through its no-arg constructor. Unlike Lambda, concurrent
 * invocations share this one instance, so handlers must not keep per-request state in fields.
 */
public final class FunctionContainer {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final String name;
    private final RequestHandler<Object, Object> handler;

    @SuppressWarnings("unchecked")
    public FunctionContainer(String name, RequestHandler<?, ?> handler) {
        this.name = name;
        this.handler = (RequestHandler<Object, Object>) handler;
    }

    public static FunctionContainer load(String name, String handlerClass) {
        try {
            Object instance = Class.forName(handlerClass).getDeclaredConstructor().newInstance();
            if (!(instance instanceof RequestHandler<?, ?> handler)) {
                throw new IllegalStateException(handlerClass + " is not a RequestHandler");
            }
            return new FunctionContainer(name, handler);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the handler " + handlerClass + " of " + name + " failed to initialize: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the handler " + handlerClass + " of " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public Object invoke(Object event) {
        return handler.handleRequest(event, new LocalContext(name, TIMEOUT));
    }
}
